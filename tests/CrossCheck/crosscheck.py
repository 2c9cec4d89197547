#!/usr/bin/env python3
"""Checks a JSON report of the `evaluation` tool against an independent computation from the export's files.

Written from docs/metrics.md, docs/rules.md, docs/calendar.md and docs/data-format.md alone, under any of the four
presets (POLICIES below): henan, the tool's default, has rectification due 5 working days after the rating and a
default rating of level 4 owed once the rating window of 7 working days after completion has closed; national has 15
working days to rectify; guangdong and guangxi have 15 working days to rectify and a window of 7 calendar days (rolled
to the next working day) closed by a default rating of level 3 and 5. An upheld appeal voids its rating from its
decision on.
Working days are typed in from the State Council's notices for 2023 and 2024; instants whose deadlines fall
outside those years are refused rather than guessed.

usage: crosscheck.py DIR REPORT.json

REPORT.json is `evaluation report DIR --by DIMENSION [--period PERIOD] [--as-of INSTANT] --format json` of a valid
export (no rejected rows) as a whole (the JSON does not record `--from` and `--to`), grouped by unit, department,
window, matter or channel (one or two of them; a case has no channel) and by no period, day, week (ISO), month,
quarter or year. Every count and rate of every group is compared; the program prints the first twelve differences
and a summary, and exits with 1 when any figure differs.
"""
import csv
import datetime as dt
import json
from decimal import Decimal, ROUND_HALF_UP
import os
import sys
from collections import defaultdict

CST = dt.timezone(dt.timedelta(hours=8))
D = dt.date
# Days off (休) and make-up working days (调休上班) of the State Council's notices.
DAYS_OFF = [
    (D(2022, 12, 31), D(2023, 1, 2)), (D(2023, 1, 21), D(2023, 1, 27)), (D(2023, 4, 5), D(2023, 4, 5)),
    (D(2023, 4, 29), D(2023, 5, 3)), (D(2023, 6, 22), D(2023, 6, 24)), (D(2023, 9, 29), D(2023, 10, 6)),
    (D(2024, 1, 1), D(2024, 1, 1)), (D(2024, 2, 10), D(2024, 2, 17)), (D(2024, 4, 4), D(2024, 4, 6)),
    (D(2024, 5, 1), D(2024, 5, 5)), (D(2024, 6, 10), D(2024, 6, 10)), (D(2024, 9, 15), D(2024, 9, 17)),
    (D(2024, 10, 1), D(2024, 10, 7)),
]
MAKE_UP_DAYS = {
    D(2023, 1, 28), D(2023, 1, 29), D(2023, 4, 23), D(2023, 5, 6), D(2023, 6, 25), D(2023, 10, 7), D(2023, 10, 8),
    D(2024, 2, 4), D(2024, 2, 18), D(2024, 4, 7), D(2024, 4, 28), D(2024, 5, 11), D(2024, 9, 14), D(2024, 9, 29),
    D(2024, 10, 12),
}
FIRST_DAY, LAST_DAY = D(2023, 1, 1), D(2024, 12, 31)
OFF = set()
for first, last in DAYS_OFF:
    day = first
    while day <= last:
        OFF.add(day)
        day += dt.timedelta(days=1)

# Each preset's working days to rectify, its rating window (days, and whether they are working days) and the level of
# the default rating that closes it.
POLICIES = {
    'henan': (5, 7, True, 4), 'national': (15, 7, True, 4), 'guangdong': (15, 7, False, 3), 'guangxi': (15, 7, False, 5),
}
DIMENSION_COLUMNS = {
    'unit': 'unit_code', 'department': 'department_code', 'window': 'window_code', 'matter': 'matter_code',
    'channel': 'channel',  # a rating's; a case has none, and a default rating owed comes through `system`
}
COUNTS = ['cases', 'casesActivelyRated', 'ratings', 'activeRatings', 'defaultRatings', 'caseLinkedRatings', 'good',
          'neutral', 'bad', 'caseLinkedBad', 'excludedByAppeal', 'badToRectify', 'badRectified', 'badRectifiedOnTime',
          'badOverdue', 'mattersWithCases', 'mattersRated', 'mattersWithCaseLinkedRatings', 'mattersRatedByRatings',
          'onSiteRatings', 'staticQrRatings', 'staticQrGood', 'staticQrBad', 'followUps', 'followUpsDissatisfied']
# Each rate of the report over the completed cases' basis (every preset's), as (numerator, denominator) counts.
RATES = {
    'activeRatingRate': ('casesActivelyRated', 'cases'), 'goodRate': ('good', 'ratings'), 'badRate': ('bad', 'ratings'),
    'rectificationRate': ('badRectified', 'bad'), 'onTimeRectificationRate': ('badRectifiedOnTime', 'bad'),
    'matterCoverageRate': ('mattersRated', 'mattersWithCases'), 'followUpRate': ('followUps', 'cases'),
}
ON_SITE_CHANNELS = {'device', 'tablet', 'qr_static', 'kiosk'}


def is_working(day):
    return day in MAKE_UP_DAYS or (day.weekday() < 5 and day not in OFF)


def end_of_working_days(start, n):
    """The start of the day after the n-th working day after `start` (not counting it), in China time: a step is on
    time when done before this instant (the due instant is the last moment of that working day)."""
    day = start.astimezone(CST).date()
    while n > 0:
        day += dt.timedelta(days=1)
        if not FIRST_DAY <= day <= LAST_DAY:
            sys.exit(f'a deadline from {start.isoformat()} falls outside {FIRST_DAY} to {LAST_DAY}: '
                     'add that year\'s notice')
        n -= is_working(day)
    return dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), CST)


def end_of_days(start, n):
    """The start of the day after the end of "within n days" of `start`: the n-th day after it, or the next working day
    when that day is not one."""
    day = start.astimezone(CST).date() + dt.timedelta(days=n)
    while not is_working(day):
        day += dt.timedelta(days=1)
    if not FIRST_DAY <= day <= LAST_DAY:
        sys.exit(f'a deadline from {start.isoformat()} falls outside {FIRST_DAY} to {LAST_DAY}: add that year\'s notice')
    return dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), CST)


def rate(numerator, denominator):
    """A rate as the report writes it: its counts, its value rounded half away from zero to six places and its display
    with two places, never 100.00% short of all nor 0.00% above none; null and "/" over nothing."""
    if denominator == 0:
        return {'numerator': numerator, 'denominator': 0, 'value': None, 'display': '/'}
    ratio = Decimal(numerator) / Decimal(denominator)
    percent = (ratio * 100).quantize(Decimal('0.01'), ROUND_HALF_UP)
    if percent == 100 and numerator < denominator:
        percent = Decimal('99.99')
    if percent == 0 and numerator > 0:
        percent = Decimal('0.01')
    return {'numerator': numerator, 'denominator': denominator,
            'value': float(ratio.quantize(Decimal('0.000001'), ROUND_HALF_UP)), 'display': f'{percent}%'}


def instant(text):
    text = text.strip()
    if not text:
        return None
    return dt.datetime.fromisoformat(text[:-1] + '+00:00' if text.endswith('Z') else text)


def rows(path):
    with open(path, newline='', encoding='utf-8-sig') as f:
        reader = csv.reader(f)
        header = [h.strip() for h in next(reader)]
        for row in reader:
            if row and not row[0].startswith('#'):
                yield {h: v.strip() for h, v in zip(header, row)}


def main(directory, report_path):
    report = json.load(open(report_path, encoding='utf-8'))
    if report['policy'] not in POLICIES or report['rejected'] != 0:
        sys.exit(f'needs a report under one of the presets {sorted(POLICIES)} of an export without rejected rows')
    rectification_days, window_days, window_in_working_days, default_level = POLICIES[report['policy']]
    if report['activeRatingRateBasis'] != 'completedCases' or report['matterCoverageBasis'] != 'completedCases':
        sys.exit('needs the rates counted over completed cases (the policy\'s basis), not --basis ratings')
    dimensions, period_kind = report['groupBy'], report['period']
    if any(d not in DIMENSION_COLUMNS for d in dimensions):
        sys.exit(f'grouped by {dimensions}: only unit, department, window, matter and channel are checked')
    as_of = instant(report['asOf'])

    # The period's text of a China date, chosen once for the report's kind.
    period_of_day = {
        None: lambda day: None,
        'day': lambda day: day.isoformat(),
        'week': lambda day: '{0}-W{1:02d}'.format(*day.isocalendar()),
        'month': lambda day: f'{day.year}-{day.month:02d}',
        'quarter': lambda day: f'{day.year}-Q{(day.month - 1) // 3 + 1}',
        'year': lambda day: str(day.year),
    }[period_kind]

    def key(row, moment, channel=None):
        codes = tuple((channel if d == 'channel' and channel else row.get(DIMENSION_COLUMNS[d])) or None
                      for d in dimensions)
        return codes + (period_of_day(moment.astimezone(CST).date()),)

    voided = set()
    if os.path.exists(f'{directory}/appeals.csv'):
        for a in rows(f'{directory}/appeals.csv'):
            if a['decision'] == 'upheld' and a.get('decided_at') and instant(a['decided_at']) <= as_of:
                voided.add(a['rating_id'])
    rectified = {}
    if os.path.exists(f'{directory}/rectifications.csv'):
        for r in rows(f'{directory}/rectifications.csv'):
            rectified[r['rating_id']] = instant(r.get('rectified_at', ''))

    follow_ups, dissatisfied = set(), set()
    if os.path.exists(f'{directory}/follow_ups.csv'):
        for f in rows(f'{directory}/follow_ups.csv'):
            follow_ups.add(f['case_no'])
            if f['satisfied'].lower() == 'false':
                dissatisfied.add(f['case_no'])

    groups = defaultdict(lambda: defaultdict(int))
    linked_matters, actively_rated_matters = defaultdict(set), defaultdict(set)

    def count_rating(k, level, active, case_no, matter, channel):
        g = groups[k]
        g['ratings'] += 1
        g['activeRatings' if active else 'defaultRatings'] += 1
        if case_no:
            g['caseLinkedRatings'] += 1
            linked_matters[k].add(matter)
            if active:
                actively_rated_matters[k].add(matter)
        sentiment = 'good' if level >= 4 else 'neutral' if level == 3 else 'bad'
        g[sentiment] += 1
        g['onSiteRatings'] += channel in ON_SITE_CHANNELS
        if channel == 'qr_static':
            g['staticQrRatings'] += 1
            g['staticQrGood'] += sentiment == 'good'
            g['staticQrBad'] += sentiment == 'bad'
        return g

    actively_rated, named = set(), set()
    for r in rows(f'{directory}/ratings.csv'):
        rated_at = instant(r['rated_at'])
        k = key(r, rated_at)
        if r['case_no']:
            named.add(r['case_no'])
        if r['rating_id'] in voided:
            groups[k]['excludedByAppeal'] += 1
            continue
        level, active = int(r['level']), r['origin'] == 'active'
        g = count_rating(k, level, active, r['case_no'], r['matter_code'], r['channel'])
        if active and r['case_no']:
            actively_rated.add(r['case_no'])
        if level <= 2:
            g['caseLinkedBad'] += bool(r['case_no'])
            g['badToRectify'] += 1
            due = end_of_working_days(rated_at, rectification_days)
            done = rectified.get(r['rating_id'])
            if done is not None and done <= as_of:
                g['badRectified'] += 1
                g['badRectifiedOnTime'] += done < due
            elif due <= as_of:
                g['badOverdue'] += 1

    matters, matters_rated = defaultdict(set), defaultdict(set)
    cases_path = f'{directory}/cases.csv'
    for c in (rows(cases_path) if os.path.exists(cases_path) else []):
        completed = instant(c.get('completed_at', ''))
        if completed is None:
            continue
        k = key(c, completed)
        groups[k]['cases'] += 1
        matters[k].add(c['matter_code'])
        if c['case_no'] in actively_rated:
            groups[k]['casesActivelyRated'] += 1
            matters_rated[k].add(c['matter_code'])
        groups[k]['followUps'] += c['case_no'] in follow_ups
        groups[k]['followUpsDissatisfied'] += c['case_no'] in dissatisfied
        if c['case_no'] not in named:
            closes = (end_of_working_days if window_in_working_days else end_of_days)(completed, window_days)
            if closes <= as_of:
                # The default rating (level 4, through the system) carries the instant the window closed: the last
                # moment of its last day.
                closed = key(c, closes - dt.timedelta(microseconds=1), channel='system')
                count_rating(closed, default_level, False, c['case_no'], c['matter_code'], 'system')
    for k in matters:
        groups[k]['mattersWithCases'] = len(matters[k])
        groups[k]['mattersRated'] = len(matters_rated[k])
    for k in linked_matters:
        groups[k]['mattersWithCaseLinkedRatings'] = len(linked_matters[k])
        groups[k]['mattersRatedByRatings'] = len(actively_rated_matters[k])

    ours = {tuple(row.get(d) for d in dimensions) + (row.get('period'),): row for row in report['rows']}
    differences = 0
    for k in sorted(set(ours) | set(groups), key=str):
        reported_row, computed_counts = ours.get(k, {}), groups.get(k, {})
        computed_row = {figure: computed_counts.get(figure, 0) for figure in COUNTS}
        computed_row.update({name: rate(computed_row[n], computed_row[d]) for name, (n, d) in RATES.items()})
        for figure, computed in computed_row.items():
            reported = reported_row.get(figure)
            if reported != computed:
                differences += 1
                if differences <= 12:
                    print(f'{k}: {figure} reported {reported}, computed {computed}')
    figures = len(COUNTS) + len(RATES)
    print(f'{"+".join(dimensions)} by {period_kind or "no period"}: {len(ours)} groups reported, '
          f'{len(groups)} computed, '
          f'{figures} figures each, {differences} differences')
    return 1 if differences else 0


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
