using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Evaluation.Core.Tests.Identifiers;

/// <summary>
/// The nine code and identifier types are made from one template: each one's members are the template's text with its
/// name, namespace and syntax put in. This test renders the template and compares it with the files in
/// <c>src/Evaluation.Core/Identifiers</c>; with <c>REGENERATE_IDENTIFIERS=1</c> it writes them instead.
/// </summary>
public class IdentifierTemplateTests
{
    /// <summary>Each type: its namespace, its name, and the syntax class that checks and normalises its text.</summary>
    internal static readonly (string Namespace, string Name, string Syntax)[] Identifiers =
    [
        ("Evaluation.Core.Appeals", "AppealId", "IdentifierSyntax"),
        ("Evaluation.Core.Cases", "CaseNumber", "IdentifierSyntax"),
        ("Evaluation.Core.Catalog", "DepartmentCode", "IdentifierSyntax"),
        ("Evaluation.Core.Catalog", "DivisionCode", "DivisionCodeSyntax"),
        ("Evaluation.Core.Catalog", "HallCode", "IdentifierSyntax"),
        ("Evaluation.Core.Catalog", "MatterCode", "IdentifierSyntax"),
        ("Evaluation.Core.Catalog", "UnitCode", "IdentifierSyntax"),
        ("Evaluation.Core.Catalog", "WindowCode", "IdentifierSyntax"),
        ("Evaluation.Core.Ratings", "RatingId", "IdentifierSyntax"),
    ];

    private static string Folder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Evaluation.Core.sln")))
            {
                return Path.Combine(directory.FullName, "src", "Evaluation.Core", "Identifiers");
            }
        }
        throw new InvalidOperationException("The repository's root (Evaluation.Core.sln) was not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void Every_identifier_is_the_template_with_its_name_put_in()
    {
        string folder = Folder();
        string template = File.ReadAllText(Path.Combine(folder, "Identifier.template"));
        bool regenerate = Environment.GetEnvironmentVariable("REGENERATE_IDENTIFIERS") == "1";
        foreach ((string ns, string name, string syntax) in Identifiers)
        {
            string expected = template.Replace("$Namespace$", ns, StringComparison.Ordinal).Replace("$Name$", name, StringComparison.Ordinal)
                .Replace("$Syntax$", syntax, StringComparison.Ordinal);
            string path = Path.Combine(folder, name + ".g.cs");
            if (regenerate)
            {
                File.WriteAllText(path, expected);
            }
            Assert.True(File.Exists(path), $"{path} is missing: run with REGENERATE_IDENTIFIERS=1.");
            Assert.True(expected == File.ReadAllText(path), $"{path} differs from the template: run with REGENERATE_IDENTIFIERS=1.");
        }
        string[] generated = [.. Directory.GetFiles(folder, "*.g.cs").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
        Assert.Equal(Identifiers.Select(i => i.Name + ".g.cs").Order(StringComparer.Ordinal), generated);
    }
}
