using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using QlikGen.Licenses;
using Xunit;

namespace QlikGen.Client.Tests.Tenant;

/// <summary>The three experimental assignments actions over real HTTP: one outcome per item, and counts that follow.</summary>
public sealed class TenantAssignmentTests
{
    [Fact]
    public async Task AddCreatesEachAssignmentUntilTheAllotmentRunsOut()
    {
        await using var fixture = await TenantFixture.StartAsync(professional: 2, analyzer: 5);

        var added = await fixture.Licenses.AddLicenseAssignmentsAsync(new AssignmentsActionsAddRequest
        {
            Add =
            [
                new() { Subject = "qlik\\kalle", Type = AssignmentType.Professional },
                new() { Subject = "qlik\\nalle", Type = AssignmentType.Analyzer },
                new() { Subject = "qlik\\olle", Type = AssignmentType.Professional },
                new() { Subject = "qlik\\lisa", Type = AssignmentType.Professional },
            ],
        });

        Assert.Equal(new[] { 201, 201, 201, 403 }, added.Data.Select(d => d.Status));
        var failed = Assert.Single(added.Failures());
        Assert.Equal(("qlik\\lisa", "professional", "LICENSES-011", "No available allotment"), (failed.Subject, failed.Type, failed.Code, failed.Title));
        Assert.All(added.Successes(), s => Assert.Null(s.Code));
        Assert.Equal((2L, 1L), await fixture.UsedAsync());
    }

    [Fact]
    public async Task AddRejectsInvalidAndDuplicateItemsOneByOne()
    {
        await using var fixture = await TenantFixture.StartAsync(assignments: new Dictionary<string, string> { ["qlik\\anna"] = "analyzer" });

        var added = await fixture.Licenses.AddLicenseAssignmentsAsync(new AssignmentsActionsAddRequest
        {
            Add =
            [
                new() { Subject = "qlik\\kalle", Type = "consumer" },
                new() { Subject = "", Type = AssignmentType.Analyzer },
                new() { Subject = "qlik\\anna", Type = AssignmentType.Professional },
                new() { Subject = "qlik\\nalle", Type = AssignmentType.Analyzer },
            ],
        });

        Assert.Equal(new[] { 400, 400, 409, 201 }, added.Data.Select(d => d.Status));
        Assert.Equal(new[] { "LICENSES-002", "LICENSES-002", "LICENSES-013" }, added.Failures().Select(f => f.Code));
        Assert.Equal((0L, 2L), await fixture.UsedAsync());
    }

    [Fact]
    public async Task DeleteRemovesExistingAssignmentsAndReportsMissingOnes()
    {
        await using var fixture = await TenantFixture.StartAsync(assignments: new Dictionary<string, string> { ["qlik\\malik"] = "analyzer", ["qlik\\anna"] = "professional" });

        var deleted = await fixture.Licenses.DeleteLicenseAssignmentsAsync(new AssignmentsActionsDeleteRequest
        {
            Delete =
            [
                new() { Subject = "qlik\\malik", Type = AssignmentType.Analyzer },
                new() { Subject = "qlik\\no", Type = AssignmentType.Analyzer },
                new() { Subject = "qlik\\anna", Type = AssignmentType.Analyzer },
            ],
        });

        Assert.Equal(new[] { 200, 404, 404 }, deleted.Data.Select(d => d.Status));
        Assert.All(deleted.Failures(), f => Assert.Equal(("LICENSES-016", "Assignment not found."), (f.Code, f.Title)));
        Assert.Equal((1L, 0L), await fixture.UsedAsync());
        Assert.Null(fixture.Tenant.State.AssignmentOf("qlik\\malik"));
    }

    [Fact]
    public async Task UpdateMovesAnAssignmentBetweenAllotments()
    {
        await using var fixture = await TenantFixture.StartAsync(professional: 1, analyzer: 5, new Dictionary<string, string> { ["qlik\\malik"] = "analyzer", ["qlik\\anna"] = "analyzer" });

        var updated = await fixture.Licenses.UpdateLicenseAssignmentsAsync(new AssignmentsActionsUpdateRequest
        {
            Update =
            [
                new() { Subject = "qlik\\malik", Type = AssignmentType.Professional, SourceType = AssignmentType.Analyzer },
                new() { Subject = "qlik\\anna", Type = AssignmentType.Professional, SourceType = AssignmentType.Analyzer },
                new() { Subject = "qlik\\ghost", Type = AssignmentType.Professional },
                new() { Subject = "qlik\\anna", Type = AssignmentType.Analyzer, SourceType = AssignmentType.Professional },
            ],
        });

        Assert.Equal(new int?[] { 200, 403, 404, 404 }, updated.Data.Select(d => d.Status));
        Assert.Equal(new[] { "LICENSES-011", "LICENSES-016", "LICENSES-016" }, updated.Failures().Select(f => f.Code));
        Assert.Equal("professional", fixture.Tenant.State.AssignmentOf("qlik\\malik"));
        Assert.Equal((1L, 1L), await fixture.UsedAsync());
    }

    [Fact]
    public async Task ConcurrentBatchesNeverOverAssignAnAllotment()
    {
        await using var fixture = await TenantFixture.StartAsync(professional: 10, analyzer: 0);

        var batches = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => fixture.Licenses.AddLicenseAssignmentsAsync(new AssignmentsActionsAddRequest
        {
            Add = [new() { Subject = $"qlik\\user{i}", Type = AssignmentType.Professional }],
        })));

        var statuses = batches.SelectMany(b => b.Data).Select(d => d.Status).ToList();
        Assert.Equal(10, statuses.Count(s => s == 201));
        Assert.Equal(10, statuses.Count(s => s == 403));
        Assert.Equal((10L, 0L), await fixture.UsedAsync());
    }
}
