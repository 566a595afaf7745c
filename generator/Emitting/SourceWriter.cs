using System.Text;

namespace QlikGen.Generator.Emitting;

/// <summary>Writes C# source line by line with indentation; nothing culture-dependent, '\n' line ends.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public SourceWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _indent * 4);
            _text.Append(line);
        }
        _text.Append('\n');
        return this;
    }

    public SourceWriter OpenBlock(string header)
    {
        Line(header);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter CloseBlock(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
        return this;
    }

    /// <summary>Writes XML doc lines (<c>/// </c>) for each line of <paramref name="text"/>.</summary>
    public SourceWriter Doc(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            Line("/// " + line.TrimEnd('\r'));
        }
        return this;
    }

    public override string ToString() => _text.ToString();
}
