using System;
using System.Collections.Generic;
using QlikGen.Generator.Diagnostics;

namespace QlikGen.Generator.Parsing;

/// <summary>
/// A small JSON scanner over the spec text: finds the first syntax error, and the position of a JSON pointer,
/// so that diagnostics point at the line in the spec file. The OpenAPI reader gives pointers, not lines.
/// </summary>
internal sealed class JsonLocator
{
    private readonly string _text;
    private int _index;
    private bool _exact;

    private JsonLocator(string text) => _text = text;

    /// <summary>The position and message of the first JSON syntax error, or null when the text is valid JSON.</summary>
    public static (SpecPosition Position, string Message)? FindSyntaxError(string text)
    {
        var scanner = new JsonLocator(text);
        try
        {
            scanner.SkipWhitespace();
            scanner.Value(null, 0, out _);
            scanner.SkipWhitespace();
            if (scanner._index < text.Length)
            {
                throw scanner.Error("unexpected text after the JSON document");
            }
            return null;
        }
        catch (SyntaxError error)
        {
            return (PositionOf(text, error.Offset, 1), error.Message);
        }
    }

    /// <summary>Where the value at a JSON pointer (<c>#/paths/~1a/get</c>) starts: its property name, or the nearest ancestor found.</summary>
    public static SpecPosition Locate(string text, string pointer)
    {
        var segments = Segments(pointer);
        var scanner = new JsonLocator(text);
        try
        {
            scanner.SkipWhitespace();
            scanner.Value(segments, 0, out var found);
            return found is { } hit ? PositionOf(text, hit.Offset, hit.Length) : SpecPosition.FileStart;
        }
        catch (SyntaxError)
        {
            return SpecPosition.FileStart;
        }
    }

    /// <summary>Whether the JSON text has a value at <paramref name="pointer"/>.</summary>
    public static bool Exists(string text, string pointer)
    {
        var scanner = new JsonLocator(text);
        try
        {
            scanner.SkipWhitespace();
            scanner.Value(Segments(pointer), 0, out _);
            return scanner._exact;
        }
        catch (SyntaxError)
        {
            return false;
        }
    }

    /// <summary>The string value at <paramref name="pointer"/>, e.g. the target of a <c>$ref</c>; null when there is none.</summary>
    public static string? StringAt(string text, string pointer)
    {
        var position = Locate(text, pointer);
        if (!Exists(text, pointer))
        {
            return null;
        }
        var scanner = new JsonLocator(text) { _index = position.Offset };
        try
        {
            scanner.String();
            scanner.SkipWhitespace();
            if (scanner.Peek() != ':')
            {
                return null;
            }
            scanner._index++;
            scanner.SkipWhitespace();
            return scanner.Peek() == '"' ? scanner.String() : null;
        }
        catch (SyntaxError)
        {
            return null;
        }
    }

    public static SpecPosition PositionOf(string text, int offset, int length)
    {
        offset = Math.Max(0, Math.Min(offset, text.Length));
        int line = 0, column = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                column = 0;
            }
            else
            {
                column++;
            }
        }
        return new SpecPosition(offset, Math.Max(0, Math.Min(length, text.Length - offset)), line, column);
    }

    private static List<string> Segments(string pointer)
    {
        var trimmed = pointer.StartsWith("#", StringComparison.Ordinal) ? pointer.Substring(1) : pointer;
        var segments = new List<string>();
        foreach (var part in trimmed.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries))
        {
            segments.Add(Uri.UnescapeDataString(part).Replace("~1", "/").Replace("~0", "~"));
        }
        return segments;
    }

    // Scans one value. While the pointer path matches, records the best (deepest) hit in `found`.
    private void Value(List<string>? path, int depth, out (int Offset, int Length)? found)
    {
        found = null;
        if (_index >= _text.Length)
        {
            throw Error("unexpected end of the document");
        }
        switch (_text[_index])
        {
            case '{':
                Object(path, depth, out found);
                break;
            case '[':
                Array(path, depth, out found);
                break;
            case '"':
                String();
                break;
            case 't':
                Literal("true");
                break;
            case 'f':
                Literal("false");
                break;
            case 'n':
                Literal("null");
                break;
            default:
                Number();
                break;
        }
    }

    private void Object(List<string>? path, int depth, out (int Offset, int Length)? found)
    {
        found = null;
        _index++;
        SkipWhitespace();
        if (Peek() == '}')
        {
            _index++;
            return;
        }
        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                throw Error("expected a property name in double quotes");
            }
            var keyStart = _index;
            var key = String();
            var keyLength = _index - keyStart;
            SkipWhitespace();
            if (Peek() != ':')
            {
                throw Error("expected ':' after a property name");
            }
            _index++;
            SkipWhitespace();
            var onPath = path is not null && depth < path.Count && path[depth] == key;
            _exact |= onPath && depth == path!.Count - 1;
            Value(onPath ? path : null, depth + 1, out var inner);
            if (onPath)
            {
                found = inner ?? (keyStart, keyLength);
            }
            SkipWhitespace();
            var next = Peek();
            _index++;
            if (next == '}')
            {
                return;
            }
            if (next != ',')
            {
                _index--;
                throw Error("expected ',' or '}' in an object");
            }
        }
    }

    private void Array(List<string>? path, int depth, out (int Offset, int Length)? found)
    {
        found = null;
        _index++;
        SkipWhitespace();
        if (Peek() == ']')
        {
            _index++;
            return;
        }
        for (var item = 0; ; item++)
        {
            SkipWhitespace();
            var start = _index;
            var onPath = path is not null && depth < path.Count && path[depth] == item.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _exact |= onPath && depth == path!.Count - 1;
            Value(onPath ? path : null, depth + 1, out var inner);
            if (onPath)
            {
                found = inner ?? (start, 1);
            }
            SkipWhitespace();
            var next = Peek();
            _index++;
            if (next == ']')
            {
                return;
            }
            if (next != ',')
            {
                _index--;
                throw Error("expected ',' or ']' in an array");
            }
        }
    }

    private string String()
    {
        _index++;
        var start = _index;
        var escaped = false;
        while (_index < _text.Length)
        {
            var c = _text[_index];
            if (c == '\\')
            {
                escaped = true;
                _index += 2;
                continue;
            }
            if (c == '"')
            {
                var raw = _text.Substring(start, _index - start);
                _index++;
                return escaped ? Unescape(raw) : raw;
            }
            if (c == '\n')
            {
                throw Error("a string is not closed on its line");
            }
            _index++;
        }
        throw Error("a string is not closed");
    }

    private static string Unescape(string raw)
    {
        var result = new System.Text.StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != '\\' || i + 1 >= raw.Length)
            {
                result.Append(raw[i]);
                continue;
            }
            var e = raw[++i];
            switch (e)
            {
                case 'n': result.Append('\n'); break;
                case 't': result.Append('\t'); break;
                case 'r': result.Append('\r'); break;
                case 'b': result.Append('\b'); break;
                case 'f': result.Append('\f'); break;
                case 'u' when i + 4 < raw.Length:
                    result.Append((char)Convert.ToInt32(raw.Substring(i + 1, 4), 16));
                    i += 4;
                    break;
                default: result.Append(e); break;
            }
        }
        return result.ToString();
    }

    private void Literal(string literal)
    {
        if (string.CompareOrdinal(_text, _index, literal, 0, literal.Length) != 0)
        {
            throw Error("unexpected character");
        }
        _index += literal.Length;
    }

    private void Number()
    {
        var start = _index;
        while (_index < _text.Length && "+-0123456789.eE".IndexOf(_text[_index]) >= 0)
        {
            _index++;
        }
        if (_index == start)
        {
            throw Error("unexpected character '" + _text[_index] + "'");
        }
    }

    private char Peek() => _index < _text.Length ? _text[_index] : '\0';

    private void SkipWhitespace()
    {
        while (_index < _text.Length && char.IsWhiteSpace(_text[_index]))
        {
            _index++;
        }
    }

    private SyntaxError Error(string message)
        => _index >= _text.Length ? new("unexpected end of the document: " + message, LastTokenEnd()) : new(message, _index);

    // At the end of the text, point at the last thing written rather than past it.
    private int LastTokenEnd()
    {
        var end = _text.Length - 1;
        while (end > 0 && char.IsWhiteSpace(_text[end]))
        {
            end--;
        }
        return Math.Max(0, end);
    }

    private sealed class SyntaxError : Exception
    {
        public SyntaxError(string message, int offset)
            : base(message) => Offset = offset;

        public int Offset { get; }
    }
}
