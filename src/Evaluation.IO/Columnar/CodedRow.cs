namespace Evaluation.IO.Columnar;

/// <summary>For each index of a table's code columns, the index of the same code in another table's (a tail's in its head's).</summary>
/// <param name="Matter">The matters' indices.</param>
/// <param name="Unit">The units' indices.</param>
/// <param name="Department">The departments' indices.</param>
/// <param name="Window">The windows' indices.</param>
internal readonly record struct CodeMaps(int[] Matter, int[] Unit, int[] Department, int[] Window);

/// <summary>A table's row, which holds the indices of its matter, unit, department and window in the table's code columns.</summary>
internal interface ICodedRow
{
    /// <summary>Takes the indices of the same codes in another table's columns.</summary>
    /// <param name="codes">Each index's counterpart.</param>
    void MapCodes(CodeMaps codes);
}
