#!/usr/bin/env python3
"""Damages a valid export, and takes the rows a rejects file names back out of it, to check that nothing is lost.

usage: damaged.py damage SOURCE DIR [SEED]      copies the export SOURCE to DIR, damaging about one row in 150
       damaged.py clean DIR REJECTS.csv CLEAN   copies DIR to CLEAN without the lines of the rows REJECTS.csv names

The check it serves (see README.md): the tool's report of the damaged export must equal, figure for figure, its report
of the export without the rows it rejected, which must in turn be accepted whole and agree with crosscheck.py. Rows
rejected but left out of the rejects file, or rows dropped without a reject, then show as a difference.

The damage is of the kinds exports arrive with, each making its own row invalid: a level out of range or not a
number, an instant without an offset, of a month 13 or of the year 9999, a code with a space, a NUL or quotes inside,
a row cut short, a row repeated (its identifier then taken twice), a rating of an unknown case, a rating earlier than
its case. Rows that depend on a damaged row (the ratings of a rejected case, the appeals and rectifications of a
rejected rating, the follow-ups of a rejected case) are rejected in turn, and must be in the rejects file too.
"""
import csv
import io
import os
import random
import re
import shutil
import sys


INSTANTS = ('accepted_at', 'rated_at', 'filed_at', 'visited_at')
CODES = ('unit_code', 'rating_id', 'case_no', 'matter_code')


def damageable(name, value):
    """Whether a field's value can be damaged: a level, or an instant or a code that is there."""
    return name == 'level' or (name in INSTANTS + CODES and value != '')


def damage_field(r, name, value):
    """A damaged value for a field that is damageable."""
    if name == 'level':
        return r.choice(['9', '0', 'x', ''])
    if name in INSTANTS:
        return r.choice([value[:19], value[:5] + '13' + value[7:], '9999' + value[4:], value + 'x'])
    return r.choice([value[:1] + ' ' + value[1:], value + '\x00', 'x"y"z'])


def damage(source, directory, seed):
    r = random.Random(seed)
    shutil.rmtree(directory, ignore_errors=True)
    shutil.copytree(source, directory)
    counts = {}
    for name in ('cases.csv', 'ratings.csv', 'appeals.csv', 'rectifications.csv', 'follow_ups.csv'):
        path = os.path.join(directory, name)
        if not os.path.exists(path):
            continue
        with open(path, 'rb') as f:
            bom = f.read(3) == b'\xef\xbb\xbf'
        with open(path, encoding='utf-8-sig', newline='') as f:
            text = f.read()
        newline = '\r\n' if '\r\n' in text[:4096] else '\n'
        rows = list(csv.reader(io.StringIO(text, newline='')))
        header = [h.strip() for h in rows[0]]
        out, damaged = [rows[0]], 0
        for row in rows[1:]:
            if r.random() < 1 / 150:
                kind = r.random()
                damaged += 1
                if kind < 0.15:
                    out.append(row[:max(1, len(row) // 2)])  # cut short
                    continue
                if kind < 0.3:
                    out.append(row)
                    out.append(row)  # repeated: the second takes the identifier again
                    continue
                fields = [(at, h) for at, h in enumerate(header) if damageable(h, row[at].strip())]
                if name == 'ratings.csv' and kind < 0.4 and row[header.index('case_no')].strip():
                    row = list(row)
                    row[header.index('case_no')] = 'UNKNOWN-' + str(r.randrange(10 ** 9))
                elif fields:
                    at, h = r.choice(fields)
                    row = list(row)
                    row[at] = damage_field(r, h, row[at].strip())
                else:
                    damaged -= 1
            out.append(row)
        with open(path, 'w', encoding='utf-8-sig' if bom else 'utf-8', newline='') as f:
            # A file quoted throughout stays so (minimal quoting otherwise).
            quoting = csv.QUOTE_ALL if text.lstrip('\ufeff').startswith('"') else csv.QUOTE_MINIMAL
            writer = csv.writer(f, lineterminator=newline, quoting=quoting)
            writer.writerows(out)
        counts[name] = damaged
    print(f'{directory}: rows damaged {counts}')


LINES = re.compile(r'\(([\d,]+) lines?[);]')


def clean(directory, rejects_path, out):
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(directory, out)
    dropped, texts = {}, {}
    with open(rejects_path, encoding='utf-8', newline='') as f:
        for reject in csv.DictReader(f):
            first = int(reject['line'])
            match = LINES.search(reject['message'])
            count = int(match.group(1).replace(',', '')) if match else reject['row'].count('\n') + 1
            dropped.setdefault(reject['file'], set()).update(range(first, first + count))
            if not match:
                texts.setdefault(reject['file'], {})[first] = (count, reject['row'])
    # Each reject's row must be the file's text of its lines, as it stands (a row over the limit keeps only its start).
    differing = 0
    for name, rows in texts.items():
        with open(os.path.join(directory, name), 'rb') as f:
            physical = f.read().split(b'\n')
        for first, (count, row) in rows.items():
            text = b'\n'.join(physical[first - 1:first - 1 + count]).removesuffix(b'\r').decode('utf-8', 'replace')
            if text != row:
                differing += 1
                if differing <= 3:
                    print(f'{name}:{first}: the reject holds {row!r}, the file {text!r}')
    print(f'rejects holding their rows as the file does: {sum(map(len, texts.values())) - differing} of '
          f'{sum(map(len, texts.values()))}')
    for name, lines in dropped.items():
        path = os.path.join(out, name)
        with open(path, 'rb') as f:
            physical = f.read().split(b'\n')
        kept = [line for number, line in enumerate(physical, start=1) if number not in lines]
        with open(path, 'wb') as f:
            f.write(b'\n'.join(kept))
    print(f'{out}: lines dropped ' + ', '.join(f'{n} {len(v)}' for n, v in sorted(dropped.items())))


if __name__ == '__main__':
    if len(sys.argv) >= 4 and sys.argv[1] == 'damage':
        damage(sys.argv[2], sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 1)
    elif len(sys.argv) == 5 and sys.argv[1] == 'clean':
        clean(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        sys.exit(__doc__)
