using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Evaluation.Core.Appeals;
using Evaluation.Core.Cases;
using Evaluation.Core.Catalog;
using Evaluation.Core.FollowUps;
using Evaluation.Core.Ratings;
using Evaluation.Core.Rectification;
using NodaTime;

namespace Evaluation.IO.Csv;

public sealed partial class CsvRecordReader
{
    private ServiceCase? ParseCase(RowView row, out FieldError error)
    {
        if (Code(row, 0, true, CaseNumber.TryParse, out CaseNumber number, out error)
            && Code(row, 1, true, MatterCode.TryParse, out MatterCode matter, out error)
            && Code(row, 2, true, UnitCode.TryParse, out UnitCode unit, out error)
            && OptionalCode(row, 3, DepartmentCode.TryParse, out DepartmentCode? department, out error)
            && OptionalCode(row, 4, WindowCode.TryParse, out WindowCode? window, out error)
            && When(row, 5, true, out Instant? accepted, out error)
            && When(row, 6, false, out Instant? completed, out error))
        {
            return new ServiceCase(number, matter, unit, accepted!.Value, completed, department, window);
        }
        return null;
    }

    private Rating? ParseRating(RowView row, out FieldError error)
    {
        if (Code(row, 0, true, RatingId.TryParse, out RatingId id, out error)
            && OptionalCode(row, 1, CaseNumber.TryParse, out CaseNumber? caseNumber, out error)
            && OptionalCode(row, 2, MatterCode.TryParse, out MatterCode? matter, out error)
            && Code(row, 3, true, UnitCode.TryParse, out UnitCode unit, out error)
            && OptionalCode(row, 4, DepartmentCode.TryParse, out DepartmentCode? department, out error)
            && OptionalCode(row, 5, WindowCode.TryParse, out WindowCode? window, out error)
            && Enum(row, 6, RatingChannels.TryFromCode, out RatingChannel channel, out error)
            && Level(row, 7, out RatingLevel level, out error)
            && Enum(row, 8, FieldParser.TryOrigin, out RatingOrigin origin, out error)
            && Bool(row, 9, out bool realName, out error)
            && When(row, 10, true, out Instant? ratedAt, out error)
            && Tags(row, 11, out ImmutableArray<RatingTag>? tags, out error))
        {
            string? comment = row.Has(12) && !row[12].IsEmpty ? row[12].ToString() : null;
            return new Rating(id, unit, channel, level, origin, ratedAt!.Value, realName, caseNumber, matter, department, window, tags, comment);
        }
        return null;
    }

    private Appeal? ParseAppeal(RowView row, out FieldError error)
    {
        if (Code(row, 0, true, AppealId.TryParse, out AppealId id, out error)
            && Code(row, 1, true, RatingId.TryParse, out RatingId rating, out error)
            && When(row, 2, true, out Instant? filed, out error)
            && When(row, 3, false, out Instant? decided, out error)
            && Enum(row, 4, FieldParser.TryDecision, out AppealDecision decision, out error)
            && Enum(row, 5, FieldParser.TryGround, out AppealGround ground, out error))
        {
            return new Appeal(id, rating, filed!.Value, ground, decision, decided);
        }
        return null;
    }

    private RectificationOrder? ParseRectification(RowView row, out FieldError error)
    {
        if (Code(row, 0, true, RatingId.TryParse, out RatingId rating, out error)
            && When(row, 1, false, out Instant? verified, out error)
            && When(row, 2, false, out Instant? rectified, out error)
            && When(row, 3, false, out Instant? feedback, out error)
            && Enum(row, 4, FieldParser.TryOutcome, out RectificationOutcome outcome, out error))
        {
            return new RectificationOrder(rating, verified, rectified, feedback, outcome);
        }
        return null;
    }

    private FollowUp? ParseFollowUp(RowView row, out FieldError error)
    {
        if (Code(row, 0, true, CaseNumber.TryParse, out CaseNumber number, out error)
            && When(row, 1, true, out Instant? visited, out error)
            && Enum(row, 2, FieldParser.TryFollowUpChannel, out FollowUpChannel channel, out error)
            && Bool(row, 3, out bool satisfied, out error))
        {
            return new FollowUp(number, visited!.Value, channel, satisfied);
        }
        return null;
    }

    private Matter? ParseMatter(RowView row, out FieldError error)
    {
        if (Code(row, 0, true, MatterCode.TryParse, out MatterCode code, out error)
            && Text(row, 1, out string name, out error)
            && Code(row, 2, true, DepartmentCode.TryParse, out DepartmentCode department, out error)
            && Enum(row, 3, FieldParser.TryMatterKind, out MatterKind kind, out error)
            && OptionalInt(row, 4, out int? days, out error))
        {
            return new Matter(code, name, department, kind, days);
        }
        return null;
    }

    private ServiceUnit? ParseUnit(RowView row, out FieldError error)
    {
        if (Code(row, 0, true, UnitCode.TryParse, out UnitCode code, out error)
            && Text(row, 1, out string name, out error)
            && Division(row, 2, out DivisionCode? division, out error)
            && OptionalCode(row, 3, UnitCode.TryParse, out UnitCode? parent, out error))
        {
            UnitLevel level = Codes.LevelOf(division);
            if (row.Has(4) && !row[4].IsEmpty && !FieldParser.TryUnitLevel(row[4], out level))
            {
                error = Unknown(row, 4);
                return null;
            }
            return new ServiceUnit(code, name, level, division, parent);
        }
        return null;
    }

    private Department? ParseDepartment(RowView row, out FieldError error)
    {
        if (Code(row, 0, true, DepartmentCode.TryParse, out DepartmentCode code, out error)
            && Text(row, 1, out string name, out error)
            && Code(row, 2, true, UnitCode.TryParse, out UnitCode unit, out error))
        {
            return new Department(code, name, unit);
        }
        return null;
    }

    private ServiceWindow? ParseWindow(RowView row, out FieldError error)
    {
        if (Code(row, 0, true, WindowCode.TryParse, out WindowCode code, out error)
            && Text(row, 1, out string name, out error)
            && Code(row, 2, true, UnitCode.TryParse, out UnitCode unit, out error)
            && OptionalCode(row, 3, DepartmentCode.TryParse, out DepartmentCode? department, out error)
            && Enum(row, 4, FieldParser.TryWindowKind, out WindowKind kind, out error))
        {
            return new ServiceWindow(code, name, unit, department, kind);
        }
        return null;
    }
}
