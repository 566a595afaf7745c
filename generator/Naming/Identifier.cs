using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace QlikGen.Generator.Naming;

/// <summary>The one place where names from a spec become C# identifiers.</summary>
internal static class Identifier
{
    /// <summary>PascalCase: <c>autoAssign_professional</c> → <c>AutoAssignProfessional</c>, <c>2fa</c> → <c>_2fa</c>.</summary>
    public static string Pascal(string name) => Join(Words(name), upperFirst: true);

    /// <summary>camelCase, escaped with <c>@</c> where it is a C# keyword: <c>class</c> → <c>@class</c>.</summary>
    public static string Camel(string name)
    {
        var camel = Join(Words(name), upperFirst: false);
        return SyntaxFacts.GetKeywordKind(camel) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None
            || SyntaxFacts.GetContextualKeywordKind(camel) == Microsoft.CodeAnalysis.CSharp.SyntaxKind.AwaitKeyword
            ? "@" + camel
            : camel;
    }

    /// <summary>Whether <paramref name="name"/> is a valid dotted namespace or type name.</summary>
    public static bool IsValidQualifiedName(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }
        foreach (var part in name.Split('.'))
        {
            if (!SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None)
            {
                return false;
            }
        }
        return true;
    }

    // Splits at non-alphanumerics and at lower→upper boundaries, keeping existing casing inside words.
    private static List<string> Words(string name)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c) || c > 127)
            {
                Flush(words, current);
                continue;
            }
            if (current.Length > 0 && char.IsUpper(c) && char.IsLower(current[current.Length - 1]))
            {
                Flush(words, current);
            }
            current.Append(c);
        }
        Flush(words, current);
        return words;
    }

    private static void Flush(List<string> words, StringBuilder current)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString());
            current.Clear();
        }
    }

    private static string Join(List<string> words, bool upperFirst)
    {
        var result = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var upper = upperFirst || i > 0;
            result.Append(upper ? char.ToUpperInvariant(word[0]) : char.ToLowerInvariant(word[0]));
            if (!upper && AllUpper(word))
            {
                // "ID" → "id", "URLPath" stays readable as "urlpath" only when fully upper.
                result.Append(word.Substring(1).ToLowerInvariant());
            }
            else
            {
                result.Append(word, 1, word.Length - 1);
            }
        }
        if (result.Length == 0)
        {
            result.Append(upperFirst ? "Value" : "value");
        }
        if (char.IsDigit(result[0]))
        {
            result.Insert(0, '_');
        }
        return result.ToString();
    }

    private static bool AllUpper(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }
        return true;
    }
}
