namespace Evaluation.Core.Catalog;

/// <summary>The kind of a service window (窗口类型).</summary>
public enum WindowKind
{
    /// <summary>Comprehensive acceptance window (综合受理窗口).</summary>
    Comprehensive = 1,

    /// <summary>Handle-complaints-on-the-spot window (有诉即办窗口).</summary>
    Complaint = 2,

    /// <summary>Report-what-could-not-be-done supervision window (办不成事反映窗口).</summary>
    Unresolved = 3,

    /// <summary>Bundled-matters workstation (一件事一次办).</summary>
    OneThing = 4,

    /// <summary>Guided, assisted and proxy handling window (导办、帮办、代办).</summary>
    Assisted = 5,

    /// <summary>Enterprise support window (万人助万企).</summary>
    Enterprise = 6,

    /// <summary>Cross-region handling window (跨域通办).</summary>
    CrossRegion = 7,

    /// <summary>Self-service terminal area (7x24 自助服务区).</summary>
    SelfService = 8,
}
