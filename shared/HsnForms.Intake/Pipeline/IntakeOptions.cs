using System.ComponentModel.DataAnnotations;

namespace HsnForms.Intake.Pipeline;

public sealed class IntakeOptions
{
    /// <summary>Answer each sender with what was received and what is still missing.</summary>
    public bool SendAcknowledgements { get; set; } = true;

    /// <summary>
    /// Days after a form's deadline during which a form that names no circular is still taken as for
    /// that circular, when it is the only one asking for that form.
    /// </summary>
    [Range(0, 3650)]
    public int OpenCircularGraceDays { get; set; } = 60;

    /// <summary>Replies and marks sent together (Graph's $batch takes at most 20).</summary>
    [Range(1, 20)]
    public int WriteBatchSize { get; set; } = 20;
}
