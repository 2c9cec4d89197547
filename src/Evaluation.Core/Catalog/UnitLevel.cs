namespace Evaluation.Core.Catalog;

/// <summary>The administrative level of a service unit, from the city down to the village.</summary>
public enum UnitLevel
{
    /// <summary>A province (省).</summary>
    Province = 1,

    /// <summary>A city (市), including a city's civic centre (市民之家).</summary>
    City = 2,

    /// <summary>A county or district (县区).</summary>
    County = 3,

    /// <summary>A town, township or street (乡镇, 街道).</summary>
    Town = 4,

    /// <summary>A village or community (村, 社区).</summary>
    Village = 5,

    /// <summary>A functional zone (示范区, 开发区) that has no administrative division code; it ranks with counties.</summary>
    FunctionalZone = 6,
}
