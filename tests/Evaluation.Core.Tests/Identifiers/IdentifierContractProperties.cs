using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Evaluation.Core.Catalog;
using Evaluation.Core.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace Evaluation.Core.Tests.Identifiers;

/// <summary>
/// One contract, applied to each of the nine types the identifier template makes: parsing and formatting round-trip
/// in the canonical form, <c>TryParse</c> agrees with <c>Parse</c>, equality, hashing and ordering are those of the
/// canonical text (ordinal), the operators agree with them, and <c>default</c> equals no parsed value.
/// </summary>
public class IdentifierContractProperties
{
    public static TheoryData<string> Types => [.. IdentifierTemplateTests.Identifiers.Select(i => i.Namespace + "." + i.Name)];

    [Theory]
    [MemberData(nameof(Types))]
    public void Each_identifier_keeps_the_contract(string typeName)
    {
        Type type = typeof(UnitCode).Assembly.GetType(typeName, throwOnError: true)!;
        MethodInfo check = typeof(IdentifierContractProperties).GetMethod(nameof(Check), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type);
        try
        {
            check.Invoke(null, []);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }

    /// <summary>Texts of the type's syntax: division codes of 6, 9 or 12 digits; otherwise any identifier text.</summary>
    private static Gen<string> Texts(Type type) => type == typeof(DivisionCode)
        ? Gen.Elements(6, 9, 12).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 9), n).Select(d => string.Concat(d)))
        : Arbitraries.IdentifierText().Generator.Select(t => t.Value);

    private static void Check<T>()
        where T : struct, IEquatable<T>, IComparable<T>, IComparable
    {
        Func<string, T> parse = text => (T)typeof(T).GetMethod("Parse", [typeof(string)])!.Invoke(null, [text])!;
        bool TryParse(string? text, out T value)
        {
            object?[] arguments = [text, null];
            bool ok = (bool)typeof(T).GetMethod("TryParse")!.Invoke(null, arguments)!;
            value = (T)arguments[1]!;
            return ok;
        }
        Func<T, T, bool> equal = Operator<T>("op_Equality"), unequal = Operator<T>("op_Inequality"), less = Operator<T>("op_LessThan"), greater = Operator<T>("op_GreaterThan");
        Gen<string> texts = Texts(typeof(T));
        Gen<string> anyText = Gen.OneOf(texts, ArbMap.Default.GeneratorFor<string>(), Gen.Constant(string.Empty));
        Prop.ForAll(Gen.Two(texts).ToArbitrary(), anyText.ToArbitrary(), (pair, other) =>
        {
            (string a, string b) = pair;
            T x = parse(a), y = parse(b);
            string canonicalX = x.ToString()!, canonicalY = y.ToString()!;
            int order = Math.Sign(string.CompareOrdinal(canonicalX, canonicalY));
            bool tryAgrees = TryParse(other, out T tried)
                ? other is not null && parse(other).Equals(tried)
                : tried.Equals(default) && (other is null || Throws(() => parse(other)));
            return (parse(canonicalX).Equals(x)
                    && x.Equals(y) == (canonicalX == canonicalY)
                    && equal(x, y) == x.Equals(y) && unequal(x, y) != x.Equals(y)
                    && (!x.Equals(y) || x.GetHashCode() == y.GetHashCode())
                    && Math.Sign(x.CompareTo(y)) == order && Math.Sign(((IComparable)x).CompareTo(y)) == order
                    && less(x, y) == (order < 0) && greater(x, y) == (order > 0)
                    && !x.Equals(default) && tryAgrees)
                .Label($"{typeof(T).Name}: {a} vs {b}, other {other}");
        }).QuickCheckThrowOnFailure();
    }

    private static Func<T, T, bool> Operator<T>(string name)
    {
        MethodInfo method = typeof(T).GetMethod(name, [typeof(T), typeof(T)])!;
        return (a, b) => (bool)method.Invoke(null, [a, b])!;
    }

    private static bool Throws(Action action)
    {
        try
        {
            action();
            return false;
        }
        catch (TargetInvocationException e) when (e.InnerException is FormatException)
        {
            return true;
        }
    }
}
