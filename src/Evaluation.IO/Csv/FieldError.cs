namespace Evaluation.IO.Csv;

/// <summary>Why a field could not be read: the column, a stable code and a message.</summary>
internal readonly record struct FieldError(string Column, string Code, string Message);
