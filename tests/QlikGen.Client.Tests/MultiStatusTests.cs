using System;
using System.Threading.Tasks;
using QlikGen.Licenses;
using Xunit;

namespace QlikGen.Client.Tests;

/// <summary>207 batch results: which items succeeded, which failed, and throwing on failures.</summary>
public sealed class MultiStatusTests
{
    private const string MixedAddResponse = """
        {"data":[
          {"id":"6329d5f1a1b2c3d4e5f60718","subject":"qlik\\kalle","type":"professional","status":201},
          {"subject":"qlik\\nalle","type":"analyzer","status":403,"code":"LICENSES-011","title":"No available allotment"}
        ]}
        """;

    private const string AllCreatedAddResponse = """
        {"data":[
          {"id":"a1","subject":"qlik\\kalle","type":"professional","status":201},
          {"id":"a2","subject":"qlik\\nalle","type":"analyzer","status":201}
        ]}
        """;

    [Fact]
    public async Task FailuresAndSuccessesSplitAMixedAddBatch()
    {
        var added = await AddAsync(MixedAddResponse);

        Assert.Same(added.Data[1], Assert.Single(added.Failures()));
        Assert.Same(added.Data[0], Assert.Single(added.Successes()));
        Assert.True(added.HasFailures());
        Assert.True(added.Data[0].IsSuccess());
        Assert.False(added.Data[1].IsSuccess());
    }

    [Fact]
    public async Task EnsureAllSucceededThrowsListingTheFailure()
    {
        var added = await AddAsync(MixedAddResponse);

        var ex = Assert.Throws<QlikMultiStatusException>(() => added.EnsureAllSucceeded());

        Assert.Equal(2, ex.ItemCount);
        Assert.Same(added.Data[1], Assert.Single(ex.Failures));
        Assert.Contains("LICENSES-011", ex.Message, StringComparison.Ordinal);
        Assert.Contains("No available allotment", ex.Message, StringComparison.Ordinal);
        Assert.Equal("1 of 2 items failed; 403 LICENSES-011 No available allotment", ex.Message);
    }

    [Fact]
    public async Task EnsureAllSucceededReturnsTheSameInstanceWhenNothingFailed()
    {
        var added = await AddAsync(AllCreatedAddResponse);

        Assert.Same(added, added.EnsureAllSucceeded());
        Assert.False(added.HasFailures());
        Assert.Empty(added.Failures());
        Assert.Equal(added.Data, added.Successes());
    }

    [Fact]
    public async Task AnEmptyBatchHasNoFailures()
    {
        var added = await AddAsync("""{"data":[]}""");

        Assert.Same(added, added.EnsureAllSucceeded());
        Assert.False(added.HasFailures());
        Assert.Empty(added.Successes());
    }

    [Fact]
    public async Task ItemsAreSeenThroughTheMultiStatusInterfaces()
    {
        var added = await AddAsync(MixedAddResponse);

        IQlikMultiStatusResult<IQlikMultiStatusItem> result = added;
        Assert.Equal(2, result.Items.Count);
        IQlikMultiStatusItem created = result.Items[0];
        IQlikMultiStatusItem refused = result.Items[1];
        Assert.Equal((201, null, null), (created.Status, created.Code, created.Title));
        Assert.Equal((403, "LICENSES-011", "No available allotment"), (refused.Status, refused.Code, refused.Title));
    }

    [Fact]
    public async Task DeleteResultsSplitTheSameWay()
    {
        const string json = """
            {"data":[
              {"subject":"qlik\\malik","type":"analyzer","status":204},
              {"subject":"qlik\\nobody","type":"analyzer","status":404,"code":"LICENSES-012","title":"Assignment not found"}
            ]}
            """;
        using var client = TestClient.Create();
        client.Handler.RespondJson(207, json);

        var deleted = await client.Licenses.DeleteLicenseAssignmentsAsync(new AssignmentsActionsDeleteRequest
        {
            Delete =
            [
                new() { Subject = "qlik\\malik", Type = AssignmentType.Analyzer },
                new() { Subject = "qlik\\nobody", Type = AssignmentType.Analyzer },
            ],
        });

        Assert.Same(deleted.Data[1], Assert.Single(deleted.Failures()));
        Assert.Same(deleted.Data[0], Assert.Single(deleted.Successes()));
        Assert.True(deleted.HasFailures());
        var ex = Assert.Throws<QlikMultiStatusException>(() => deleted.EnsureAllSucceeded());
        Assert.Contains("404 LICENSES-012 Assignment not found", ex.Message, StringComparison.Ordinal);
        IQlikMultiStatusItem view = deleted.Data[1];
        Assert.Equal((404, "LICENSES-012", "Assignment not found"), (view.Status, view.Code, view.Title));
    }

    [Fact]
    public async Task UpdateResultsSplitTheSameWay()
    {
        const string json = """
            {"data":[
              {"subject":"qlik\\malik","type":"professional","sourceType":"analyzer","status":200},
              {"subject":"qlik\\kalle","type":"professional","sourceType":"analyzer","status":403,"code":"LICENSES-011","title":"No available allotment"}
            ]}
            """;
        using var client = TestClient.Create();
        client.Handler.RespondJson(207, json);

        var updated = await client.Licenses.UpdateLicenseAssignmentsAsync(new AssignmentsActionsUpdateRequest
        {
            Update =
            [
                new() { Subject = "qlik\\malik", Type = AssignmentType.Professional, SourceType = AssignmentType.Analyzer },
                new() { Subject = "qlik\\kalle", Type = AssignmentType.Professional, SourceType = AssignmentType.Analyzer },
            ],
        });

        Assert.Same(updated.Data[1], Assert.Single(updated.Failures()));
        Assert.Same(updated.Data[0], Assert.Single(updated.Successes()));
        Assert.True(updated.HasFailures());
        var ex = Assert.Throws<QlikMultiStatusException>(() => updated.EnsureAllSucceeded());
        Assert.Contains("LICENSES-011", ex.Message, StringComparison.Ordinal);
        IQlikMultiStatusItem view = updated.Data[1];
        Assert.Equal((403, "LICENSES-011", "No available allotment"), (view.Status, view.Code, view.Title));
    }

    [Fact]
    public async Task AllSucceededUpdateAndDeleteBatchesReturnTheSameInstance()
    {
        using var client = TestClient.Create();
        client.Handler
            .RespondJson(207, """{"data":[{"subject":"qlik\\malik","status":200}]}""")
            .RespondJson(207, """{"data":[{"type":"professional","status":200}]}""");

        var deleted = await client.Licenses.DeleteLicenseAssignmentsAsync(new AssignmentsActionsDeleteRequest
        {
            Delete = [new() { Subject = "qlik\\malik", Type = AssignmentType.Analyzer }],
        });
        var updated = await client.Licenses.UpdateLicenseAssignmentsAsync(new AssignmentsActionsUpdateRequest
        {
            Update = [new() { Subject = "qlik\\malik", Type = AssignmentType.Professional }],
        });

        Assert.Same(deleted, deleted.EnsureAllSucceeded());
        Assert.Same(updated, updated.EnsureAllSucceeded());
    }

    private static async Task<AssignmentsActionsAddResponse> AddAsync(string response)
    {
        using var client = TestClient.Create();
        client.Handler.RespondJson(207, response);
        return await client.Licenses.AddLicenseAssignmentsAsync(new AssignmentsActionsAddRequest
        {
            Add =
            [
                new() { Subject = "qlik\\kalle", Type = AssignmentType.Professional },
                new() { Subject = "qlik\\nalle", Type = AssignmentType.Analyzer },
            ],
        });
    }
}
