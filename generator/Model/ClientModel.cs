namespace QlikGen.Generator.Model;

/// <summary>The client interface and class of one spec.</summary>
/// <param name="Name">The class name, e.g. <c>LicensesClient</c>.</param>
/// <param name="Title">The spec's <c>info.title</c>.</param>
/// <param name="Description">The spec's <c>info.description</c>, or empty.</param>
/// <param name="Operations">One per operation, in spec order.</param>
internal sealed record ClientModel(string Name, string Title, string Description, EquatableArray<OperationModel> Operations)
{
    public string InterfaceName => "I" + Name;
}
