using Evaluation.Core.Utility;
using NodaTime;

namespace Evaluation.Core.Rectification;

/// <summary>An extension of a rectification's deadline (延期), with its recorded reason and new due instant.</summary>
/// <remarks>Immutable; equality is by value.</remarks>
public sealed record RectificationExtension
{
    /// <summary>Creates an extension.</summary>
    /// <param name="reason">The recorded reason; must not be blank.</param>
    /// <param name="newDue">The new due instant (exclusive: done strictly before it is on time).</param>
    public RectificationExtension(string reason, Instant newDue)
    {
        Reason = Preconditions.CheckNotBlank(reason, nameof(reason));
        NewDue = newDue;
    }

    /// <summary>The recorded reason (延期理由).</summary>
    public string Reason { get; }

    /// <summary>The new due instant.</summary>
    public Instant NewDue { get; }
}
