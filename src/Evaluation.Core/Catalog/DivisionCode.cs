using Evaluation.Core.Utility;

namespace Evaluation.Core.Catalog;

/// <summary>
/// A 12-digit administrative division code (统计用区划代码), such as <c>410202000000</c> for 龙亭区. The shorter forms
/// platforms export are read too and padded with zeros: the 6-digit county code of GB/T 2260 (<c>410202</c>) and the
/// 9-digit town code (<c>410202001</c>).
/// </summary>
/// <remarks>
/// Functional zones (示范区, 开发区) have no division code; their <see cref="ServiceUnit.DivisionCode"/> is null.
/// Equality and ordering are those of the digits. <c>default(DivisionCode)</c> is not a valid code and prints as the empty string.
/// </remarks>
public readonly partial struct DivisionCode
{
    /// <summary>The number of digits in a division code.</summary>
    public const int Length = DivisionCodeSyntax.Length;

    /// <summary>The two-digit province part (省级), for example <c>41</c> for Henan.</summary>
    public string Province => Value.Length == Length ? Value[..2] : string.Empty;
}
