namespace Evaluation.Core.FollowUps;

/// <summary>How a follow-up (回访) reached the applicant.</summary>
public enum FollowUpChannel
{
    /// <summary>Telephone call (电话).</summary>
    Phone = 1,

    /// <summary>Text message (短信).</summary>
    Sms = 2,

    /// <summary>WeChat (微信).</summary>
    WeChat = 3,

    /// <summary>Questionnaire (问卷调查).</summary>
    Questionnaire = 4,

    /// <summary>Visit in person (上门).</summary>
    Visit = 5,
}
