using System.Globalization;
using System.Runtime.CompilerServices;

namespace LaborStandard.Model;

/// <summary>
/// The message of a broken invariant, written as an interpolated string but formatted only when the invariant is
/// broken: checking a valid model (loading the shipped standard, building a profile) formats nothing. Numbers are
/// written with the invariant culture, whatever the culture of the thread.
/// </summary>
[InterpolatedStringHandler]
internal ref struct FailureMessage
{
    private DefaultInterpolatedStringHandler _text;

    public FailureMessage(int literalLength, int formattedCount, bool condition, out bool isEnabled)
    {
        isEnabled = !condition;
        _text = isEnabled ? new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture) : default;
    }

    public void AppendLiteral(string value) => _text.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => _text.AppendFormatted(value);

    public void AppendFormatted<T>(T value, string? format) => _text.AppendFormatted(value, format);

    public string ToStringAndClear() => _text.ToStringAndClear();
}
