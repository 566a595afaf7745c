using System;
using System.Collections.Generic;

namespace QlikGen.Generator.Naming;

/// <summary>Hands out names unique within one scope: a collision gets the next free numeric suffix, in call order.</summary>
internal sealed class UniqueNames
{
    private readonly HashSet<string> _taken;

    public UniqueNames(IEnumerable<string>? reserved = null, StringComparer? comparer = null)
        => _taken = new HashSet<string>(reserved ?? Array.Empty<string>(), comparer ?? StringComparer.Ordinal);

    public string Claim(string name)
    {
        if (_taken.Add(name))
        {
            return name;
        }
        for (var suffix = 2; ; suffix++)
        {
            var candidate = name + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (_taken.Add(candidate))
            {
                return candidate;
            }
        }
    }

    public bool IsTaken(string name) => _taken.Contains(name);
}
