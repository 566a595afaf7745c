using System;
using System.Collections.Generic;
using System.Linq;

namespace QlikGen.TestTenant;

/// <summary>
/// The tenant's license state: allotments and assignments by subject. Every change goes through <see cref="Apply{T}"/>,
/// one batch at a time, so a batch never interleaves with another and no item is half-applied.
/// </summary>
public sealed class TenantState
{
    /// <summary>The assignment types the tenant knows, which are also its allotments.</summary>
    public static readonly IReadOnlyList<string> Types = new[] { "professional", "analyzer" };

    private readonly object _gate = new();
    private readonly Dictionary<string, int> _units;
    private readonly Dictionary<string, string> _assignments = new(StringComparer.Ordinal);

    /// <summary>Creates the state from the options.</summary>
    public TenantState(TestTenantOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _units = new Dictionary<string, int> { ["professional"] = options.ProfessionalUnits, ["analyzer"] = options.AnalyzerUnits };
        foreach (var (subject, type) in options.Assignments)
        {
            if (!_units.ContainsKey(type))
            {
                throw new ArgumentException($"Unknown assignment type '{type}' for '{subject}'.", nameof(options));
            }
            _assignments[subject] = type;
        }
    }

    /// <summary>Runs one batch of changes alone.</summary>
    public T Apply<T>(Func<Batch, T> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        lock (_gate)
        {
            return changes(new Batch(this));
        }
    }

    /// <summary>A consistent copy of the allotments: name, units, units used.</summary>
    public IReadOnlyList<(string Name, int Units, int Used)> Allotments()
    {
        lock (_gate)
        {
            return Types.Select(t => (t, _units[t], _assignments.Values.Count(v => v == t))).ToList();
        }
    }

    /// <summary>The type assigned to a subject, or null.</summary>
    public string? AssignmentOf(string subject)
    {
        lock (_gate)
        {
            return _assignments.TryGetValue(subject, out var type) ? type : null;
        }
    }

    /// <summary>The changes one batch may make; valid only inside <see cref="Apply{T}"/>.</summary>
    public sealed class Batch
    {
        private readonly TenantState _state;

        internal Batch(TenantState state) => _state = state;

        /// <summary>The type assigned to a subject, or null.</summary>
        public string? AssignmentOf(string subject) => _state._assignments.TryGetValue(subject, out var type) ? type : null;

        /// <summary>Whether the allotment of <paramref name="type"/> has a unit left.</summary>
        public bool HasAvailableUnit(string type) => _state._assignments.Values.Count(v => v == type) < _state._units[type];

        /// <summary>Assigns (or re-assigns) a subject.</summary>
        public void Assign(string subject, string type) => _state._assignments[subject] = type;

        /// <summary>Removes a subject's assignment.</summary>
        public void Remove(string subject) => _state._assignments.Remove(subject);
    }
}
