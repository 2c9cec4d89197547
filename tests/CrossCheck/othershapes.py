#!/usr/bin/env python3
"""Writes a valid export in shapes the repository's own generators never write, for crosscheck.py to check.

Every row obeys the rules of docs/data-format.md and docs/rules.md (Henan preset), so that the tool rejects none,
but the files vary the way exports of other platforms do:

- codes of every length from 1 to 64 characters, with '.', '/', '-' and '_' inside, codes differing only in case,
  departments and windows shared between units, and empty departments and windows;
- instants in several offsets (+08:00, Z, +00:00, -05:00, +05:30) with and without fractions of a second, many of
  them on the edge of a China day, of a window's close or of a rectification's due instant;
- a byte order mark, CRLF line ends, columns shuffled, unknown columns, names and values padded with spaces,
  fields quoted throughout or at random, comments with commas, quotes and line breaks;
- explicit default ratings, ratings unlinked to any case, active ratings of cases not completed, appeals of every
  decision, rectifications on time, late, on their due edge and after the as-of instant, follow-ups.

usage: othershapes.py DIR [CASES] [SEED] [POLICY]     (CASES defaults to 100,000, SEED to 1, POLICY to henan)

The rating windows and the rectifications' due instants are those of POLICY, one of crosscheck.py's presets: run the
reports with `--policy POLICY`.

Deadlines are kept within 2023 and 2024, the years crosscheck.py holds; run the reports with `--as-of
2024-12-20T00:00:00+08:00` or without `--as-of` (the latest instant in the input).
"""
import datetime as dt
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from crosscheck import CST, POLICIES, end_of_days, end_of_working_days  # noqa: E402  (the check's working days)

ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
SEPARATORS = '-_./'
OFFSETS = [(dt.timedelta(hours=8), 70), (dt.timedelta(0), 10), (None, 10), (dt.timedelta(hours=-5), 5),
           (dt.timedelta(hours=5, minutes=30), 5)]  # None: written as Z
CHANNELS = ['pc', 'app', 'mini_program', 'alipay', 'qr_dynamic', 'qr_static', 'device', 'tablet', 'kiosk',
            'hotline', 'sms', 'phone']
COMMENTS = ['办事很快', 'slow, and rude', 'said "come back tomorrow"', '材料清单不清楚，\n来回跑了三次', '  ', '好']
TAGS = ['P01', 'P02;P03', 'I1']


class Export:
    def __init__(self, seed):
        self.random = random.Random(seed)
        self.taken = set()

    def code(self, length=None):
        """A code of 1 to 64 characters, unique in the export, letters or digits at both ends."""
        r = self.random
        while True:
            n = length or r.choice([1, 2, 3, 6, 8, 12, 13, 16, 17, 18, 24, 31, 32, 33, 40, 48, 63, 64])
            chars = [r.choice(ALPHABET) for _ in range(n)]
            for at in range(1, n - 1):
                if r.random() < 0.08:
                    chars[at] = r.choice(SEPARATORS)
            text = ''.join(chars)
            if text not in self.taken:
                self.taken.add(text)
                return text

    def instant(self, moment):
        """An instant's text in one of several offsets, with or without a fraction of a second."""
        r = self.random
        offset = r.choices([o for o, _ in OFFSETS], [w for _, w in OFFSETS])[0]
        local = moment.astimezone(dt.timezone(offset or dt.timedelta(0)))
        fraction = r.choice(['none', 'none', 'milli', 'micro'])
        if fraction == 'none' and local.microsecond:
            fraction = 'micro'
        spec = {'none': 'seconds', 'milli': 'milliseconds', 'micro': 'microseconds'}[fraction]
        if fraction == 'milli' and local.microsecond % 1000:
            spec = 'microseconds'
        text = local.isoformat(timespec=spec)
        return text[:-6] + 'Z' if offset is None else text

    def moment(self, start, days):
        """A moment up to `days` after `start`, often on the edge of a China day."""
        r = self.random
        m = start + dt.timedelta(seconds=r.uniform(0, days * 86400))
        edge = r.random()
        if edge < 0.05:
            m = dt.datetime.combine(m.astimezone(CST).date(), dt.time(), CST)  # 00:00 China time
        elif edge < 0.10:
            m = dt.datetime.combine(m.astimezone(CST).date(), dt.time(23, 59, 59, 999999), CST)
        else:
            m = m.replace(microsecond=r.choice([0, 0, 0, r.randrange(1000) * 1000, r.randrange(1000000)]))
        return max(m, start)


def write(directory, name, header, rows, r, optional=()):
    """A CSV file with the format's quirks chosen at random per file; the optional columns named are left out."""
    kept = [at for at, column in enumerate(header) if column not in optional]
    header, rows = [header[at] for at in kept], [[row[at] for at in kept] for row in rows]
    extra = r.sample(['remark', 'source_system', '', 'note'], r.randrange(3))
    columns = header + extra
    order = list(range(len(columns)))
    r.shuffle(order)
    quote_all, quote_some = r.random() < 0.3, r.random() < 0.3
    newline = '\r\n' if r.random() < 0.5 else '\n'
    pad = r.random() < 0.3

    def field(value, is_header=False):
        text = value if not pad or value == '' else f' {value} '
        needs = any(c in text for c in ',"\r\n')
        if needs or quote_all or (quote_some and not is_header and r.random() < 0.2):
            return '"' + text.replace('"', '""') + '"'
        return text

    with open(os.path.join(directory, name), 'w', encoding='utf-8-sig' if r.random() < 0.5 else 'utf-8',
              newline='') as f:
        f.write(','.join(field(columns[i], True) for i in order) + newline)
        for row in rows:
            values = row + ['x,y' if r.random() < 0.01 else str(r.randrange(100)) for _ in extra]
            f.write(','.join(field(values[i]) for i in order) + newline)


def main(directory, cases_wanted, seed, policy):
    rectification_days, window_days, window_in_working_days, _ = POLICIES[policy]
    window_close = end_of_working_days if window_in_working_days else end_of_days
    e = Export(seed)
    r = e.random
    os.makedirs(directory, exist_ok=True)

    unit_codes = [e.code(12) if r.random() < 0.5 else e.code() for _ in range(300)]
    # Codes that differ only in case are different codes.
    for at in range(0, 20, 2):
        twin = unit_codes[at].swapcase()
        if twin != unit_codes[at] and twin not in e.taken:
            e.taken.add(twin)
            unit_codes[at + 1] = twin
    shared_departments = [e.code() for _ in range(5)]
    departments, windows = {}, {}
    for unit in unit_codes:
        own = [e.code() for _ in range(r.randrange(0, 8))]
        departments[unit] = own + r.sample(shared_departments, r.randrange(0, 2))
        windows[unit] = [e.code() for _ in range(r.randrange(1, 5))]
    matter_codes = [e.code() for _ in range(20000)]

    first = dt.datetime(2023, 1, 1, tzinfo=CST)
    cases, ratings, appeals, rectifications, follow_ups = [], [], [], [], []
    as_of = dt.datetime(2024, 12, 20, tzinfo=CST)
    for n in range(cases_wanted):
        unit = r.choice(unit_codes)
        department = r.choice(departments[unit]) if departments[unit] and r.random() < 0.85 else ''
        window = r.choice(windows[unit]) if r.random() < 0.8 else ''
        matter = r.choice(matter_codes)
        number = f'{unit[:6]}-{n:07d}' if r.random() < 0.5 else e.code(r.choice([16, 20, 36]))
        accepted = e.moment(first, 680)
        completed = e.moment(accepted, 20) if r.random() < 0.9 else None
        cases.append([number, matter, unit, department, window, e.instant(accepted),
                      e.instant(completed) if completed else ''])
        if r.random() < 0.05:
            follow_ups.append([number, e.instant(e.moment(accepted, 30)), r.choice(['phone', 'sms', 'visit']),
                               r.choice(['true', 'false'])])
        closes = window_close(completed, window_days) if completed else None
        kind = r.random()
        if completed is None and kind < 0.05:
            rated = e.moment(accepted, 10)  # an active rating before completion
        elif completed is not None and kind < 0.75:
            rated = e.moment(completed, (closes - completed).total_seconds() / 86400)
            if r.random() < 0.03:
                rated = closes - dt.timedelta(microseconds=1)  # the window's last moment
            rated = min(rated, closes - dt.timedelta(microseconds=1))
        elif completed is not None and kind < 0.85:
            ratings.append([e.code(r.choice([32, 36])), number, matter, unit, department, window, 'system',
                            r.choice(['4', '5', '3']), 'default', 'false', e.instant(closes - dt.timedelta(
                                microseconds=1)), '', ''])
            continue
        else:
            continue
        level = r.choices(['5', '4', '3', '2', '1'], [60, 20, 8, 6, 6])[0]
        comment = r.choice(COMMENTS) if r.random() < 0.1 else ''
        tags = r.choice(TAGS) if level in '12' or r.random() < 0.05 else ''
        if level in '12' and not comment.strip():
            comment = r.choice([c for c in COMMENTS if c.strip()])
        rating_id = e.code(r.choice([8, 32, 36]))
        ratings.append([rating_id, number, matter, unit, department, window, r.choice(CHANNELS), level, 'active',
                        r.choice(['true', 'false']), e.instant(rated), tags, comment])
        if level in '12':
            add_bad_rating_records(e, rating_id, rated, as_of, rectification_days, appeals, rectifications)

    # Ratings unlinked to any case: static QR codes and the like.
    for _ in range(len(ratings) // 20):
        unit = r.choice(unit_codes)
        rated = e.moment(first, 680)
        level = r.choices(['5', '4', '3', '2', '1'], [50, 20, 10, 10, 10])[0]
        rating_id = e.code(r.choice([10, 36]))
        ratings.append([rating_id, '', r.choice(matter_codes) if r.random() < 0.7 else '', unit, '',
                        r.choice(windows[unit]), r.choice(['qr_static', 'qr_static', 'kiosk', 'hotline']), level,
                        'active', 'false', e.instant(rated), 'P02' if level in '12' else '', '差评，无理由' if level in '12' else ''])
        if level in '12':
            add_bad_rating_records(e, rating_id, rated, as_of, rectification_days, appeals, rectifications)

    r.shuffle(ratings)
    # Catalogues: every unit, department, window and matter named, in codes of their own.
    units = [[u, f'单位{at}', r.choice(['41', '4102', '410202', '410202001', '410202001002']).ljust(
        r.choice([6, 9, 12]), '0')[:12], '', r.choice(['county', 'town', 'village', 'functional_zone'])]
        for at, u in enumerate(unit_codes)]
    owners = {}
    for unit in unit_codes:
        for department in departments[unit]:
            owners.setdefault(department, unit)
    write(directory, 'units.csv', ['unit_code', 'name', 'division_code', 'parent_code', 'level'], units, r,
          r.choice([(), ('level',)]))
    write(directory, 'departments.csv', ['department_code', 'name', 'unit_code'],
          [[d, f'部门 {d}, 窗口', u] for d, u in owners.items()], r)
    write(directory, 'windows.csv', ['window_code', 'name', 'unit_code', 'department_code', 'kind'],
          [[w, f'窗口{w}', u, '', r.choice(['comprehensive', 'complaint', 'assisted', 'enterprise'])]
           for u in unit_codes for w in windows[u]], r)
    write(directory, 'matters.csv', ['matter_code', 'name', 'department_code', 'kind', 'promised_working_days'],
          [[m, f'"事项" {m}', r.choice(list(owners)), r.choice(['licence', 'payment', 'public_service']),
            str(r.randrange(1, 20))] for m in matter_codes], r)
    write(directory, 'cases.csv', ['case_no', 'matter_code', 'unit_code', 'department_code', 'window_code',
                                   'accepted_at', 'completed_at'], cases, r)
    write(directory, 'ratings.csv', ['rating_id', 'case_no', 'matter_code', 'unit_code', 'department_code',
                                     'window_code', 'channel', 'level', 'origin', 'real_name', 'rated_at', 'tags',
                                     'comment'], ratings, r, r.choice([(), ('tags',), ('comment',)]))
    write(directory, 'appeals.csv', ['appeal_id', 'rating_id', 'filed_at', 'decided_at', 'decision', 'ground'],
          appeals, r, r.choice([(), ('ground',)]))
    write(directory, 'rectifications.csv', ['rating_id', 'verified_at', 'rectified_at', 'feedback_at', 'outcome'],
          rectifications, r, r.choice([(), ('outcome',)]))
    write(directory, 'follow_ups.csv', ['case_no', 'visited_at', 'channel', 'satisfied'], follow_ups, r)
    print(f'{directory}: {len(cases)} cases, {len(ratings)} ratings, {len(appeals)} appeals, '
          f'{len(rectifications)} rectifications, {len(follow_ups)} follow-ups')


def add_bad_rating_records(e, rating_id, rated, as_of, rectification_days, appeals, rectifications):
    """An appeal for some bad ratings, a rectification for most of those not voided."""
    r = e.random
    upheld = False
    if r.random() < 0.15:
        filed = e.moment(rated, 3)
        decision = r.choice(['upheld', 'rejected', 'pending', ''])
        decided = e.moment(filed, 6) if decision in ('upheld', 'rejected') else None
        upheld = decision == 'upheld'
        appeals.append([e.code(12), rating_id, e.instant(filed), e.instant(decided) if decided else '', decision,
                        r.choice(['mistaken', 'malicious', 'untrue', ''])])
    if upheld or r.random() < 0.2:
        return
    due = end_of_working_days(rated, rectification_days)
    verified = e.moment(rated, 1)
    choice = r.random()
    if choice < 0.1:
        done = due  # the first moment late
    elif choice < 0.2:
        done = due - dt.timedelta(microseconds=1)  # the last moment on time
    elif choice < 0.3:
        done = as_of + dt.timedelta(days=r.randrange(1, 10))  # after the as-of instant
    elif choice < 0.4:
        done = None  # not rectified yet
    else:
        done = e.moment(verified, 12)
    if done is not None:
        done = max(done, verified)
    rectifications.append([rating_id, e.instant(verified), e.instant(done) if done else '',
                           e.instant(done) if done and r.random() < 0.7 else '',
                           r.choice(['fixed_at_once', 'scheduled', 'explained', '']) if done else ''])


if __name__ == '__main__':
    if not 2 <= len(sys.argv) <= 5 or (len(sys.argv) == 5 and sys.argv[4] not in POLICIES):
        sys.exit(__doc__)
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 100000, int(sys.argv[3]) if len(sys.argv) > 3 else 1,
         sys.argv[4] if len(sys.argv) > 4 else 'henan')
