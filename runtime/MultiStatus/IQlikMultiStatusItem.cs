namespace QlikGen;

/// <summary>The outcome of one item of a 207 Multi-Status batch, such as one license assignment.</summary>
public interface IQlikMultiStatusItem
{
    /// <summary>The item's own HTTP status, e.g. 201 created, 403 no available allotment.</summary>
    int Status { get; }

    /// <summary>Qlik's error code for a failed item (e.g. <c>LICENSES-011</c>); <see langword="null"/> on success.</summary>
    string? Code { get; }

    /// <summary>The error title for a failed item; <see langword="null"/> on success.</summary>
    string? Title { get; }
}
