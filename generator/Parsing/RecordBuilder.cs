using System.Collections.Generic;
using QlikGen.Generator.Model;

namespace QlikGen.Generator.Parsing;

/// <summary>A record while the parser still fills it in; frozen into a <see cref="RecordModel"/> at the end.</summary>
internal sealed class RecordBuilder
{
    public RecordBuilder(string name, string schemaName, string description, DeprecationModel? deprecation)
    {
        Name = name;
        SchemaName = schemaName;
        Description = description;
        Deprecation = deprecation;
    }

    public string Name { get; }

    public string SchemaName { get; }

    public string Description { get; }

    public DeprecationModel? Deprecation { get; }

    public List<PropertyModel> Properties { get; } = new();

    public MultiStatusModel? MultiStatus { get; set; }

    public MultiStatusItemModel? MultiStatusItem { get; set; }

    public RecordModel Build()
        => new(Name, SchemaName, Description, Properties.ToEquatableArray(), Deprecation, MultiStatus, MultiStatusItem);
}
