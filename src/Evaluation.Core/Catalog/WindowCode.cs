namespace Evaluation.Core.Catalog;

/// <summary>
/// The code of a service window (窗口) (窗口编号).
/// </summary>
/// <remarks>
/// A code is 1 to 64 ASCII letters, digits or the separators '-', '_', '.', '/', starting and ending with
/// a letter or digit. Equality and ordering are ordinal on the text, so codes sort the same on every
/// machine. <c>default(WindowCode)</c> is not a valid code: its <see cref="Value"/> is the empty string and it
/// never equals a parsed code.
/// </remarks>
public readonly partial struct WindowCode
{
}
