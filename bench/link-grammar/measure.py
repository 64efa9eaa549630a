#!/usr/bin/env python3
"""Measures whether link-grammar's syntactic roles find the stance holder and
target better than stancegraph's word-order rules, on the sentences where
roles matter: those with at least two distinct actor ids and a cue.

Steps (see README.md beside this file):
  1. `stancegraph explain` on every article of the corpus folder: sentences,
     actor mentions (with ids) and the edges the rules draw (EDGE lines).
  2. Each explained sentence is found again in the article's own text (the
     explain line is tokenised), so link-grammar parses the original text and
     byte offsets map its words back to the tool's mentions.
  3. Cues: the cue of every EDGE line, plus the tool's lexicon
     (Ontology/relations.yaml) matched approximately (inflected first word,
     later words in order, "*" a gap of up to three tokens).
  4. Selected sentences are parsed by lgparse (lgparse.c); for each cue the
     holder and target are read from the linkage (S through coordination and
     auxiliaries, O, MV+J, passive "by", possessive YS/D, noun M+J) and mapped
     to the mentions. Each pair gives a proposed (source, relation, target).
  5. Gold edges whose evidence lies in a selected sentence are compared with
     the rules' EDGE lines and with link-grammar's proposals of that sentence.

Corpus text never leaves --work (default /tmp/lg-measure): the parser input
and details-MODE.jsonl (per sentence: text, mentions, rules' and
link-grammar's edges, roles per cue, gold) for inspection. Standard output
has figures only.

Usage:
  python3 bench/link-grammar/measure.py [--corpus DIR] [--work DIR]
      [--stancegraph PATH] [--lgparse PATH] [--timeout S] [--limit N]
"""
import argparse
import collections
import json
import os
import re
import statistics
import subprocess
import sys
import time

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

# ---------------------------------------------------------------- explain


SENT_RE = re.compile(r'^\[(\d+)\] (.*)$')
MENTION_RE = re.compile(r'^\s+mention "(.*)" -> (\S+) \(([^,]+), ([^)]+)\)\s*$')
EDGE_RE = re.compile(r'^\s+EDGE (\S+) (\S+) (\S+)\s+cue "(.*)"\s+rule (\S+)\s*$')


def parse_explain(out):
    sents = []
    for line in out.splitlines():
        m = SENT_RE.match(line)
        if m:
            sents.append({'n': int(m.group(1)), 'tokens': m.group(2).split(' '),
                          'mentions': [], 'edges': []})
            continue
        m = MENTION_RE.match(line)
        if m and sents:
            sents[-1]['mentions'].append({'text': m.group(1), 'id': m.group(2),
                                          'form': m.group(3), 'role': m.group(4)})
            continue
        m = EDGE_RE.match(line)
        if m and sents:
            sents[-1]['edges'].append({'src': m.group(1), 'rel': m.group(2), 'tgt': m.group(3),
                                       'cue': m.group(4), 'rule': m.group(5)})
            continue
        if line.strip():
            raise SystemExit(f'unexpected explain line: {line[:80]!r}')
    return sents


def locate(sents, text):
    """Finds each sentence's tokens in the article text; sets 'text' (the
    original span, newlines as spaces) and 'spans' (char offsets per token,
    relative to that text). Falls back to the tokenised line if not found."""
    cursor = 0
    for s in sents:
        toks = s['tokens']
        start = text.find(toks[0], cursor)
        found = None
        while start != -1 and found is None:
            pos, spans, ok = start, [], True
            for t in toks:
                j = pos
                while j < len(text) and text[j].isspace():
                    j += 1
                if not text.startswith(t, j):
                    ok = False
                    break
                spans.append((j, j + len(t)))
                pos = j + len(t)
            if ok:
                found = spans
            else:
                start = text.find(toks[0], start + 1)
        if found:
            base = found[0][0]
            s['text'] = text[base:found[-1][1]].replace('\n', ' ').replace('\r', ' ')
            s['spans'] = [(a - base, b - base) for a, b in found]
            s['located'] = True
            cursor = found[-1][1]
        else:
            s['text'] = ' '.join(toks)
            spans, p = [], 0
            for t in toks:
                spans.append((p, p + len(t)))
                p += len(t) + 1
            s['spans'] = spans
            s['located'] = False
        # byte offsets for link-grammar
        enc = [len(s['text'][:i].encode('utf-8')) for i in range(len(s['text']) + 1)]
        s['bspans'] = [(enc[a], enc[b]) for a, b in s['spans']]


def place_mentions(s):
    toks = s['tokens']
    prev = 0
    for m in s['mentions']:
        mt = m['text'].split(' ')
        k = len(mt)
        hits = [i for i in range(len(toks) - k + 1) if toks[i:i + k] == mt]
        after = [i for i in hits if i >= prev]
        i = after[0] if after else (hits[0] if hits else None)
        if i is None:
            m['tok'] = None
            continue
        m['tok'] = (i, i + k)
        m['bspan'] = (s['bspans'][i][0], s['bspans'][i + k - 1][1])
        prev = i + 1


# ---------------------------------------------------------------- cues

IRREGULAR = {
    'be': ['is', 'are', 'was', 'were', 'been', 'being', 'am'],
    'have': ['has', 'had', 'having'], 'keep': ['kept'], 'stand': ['stood'],
    'draw': ['drew', 'drawn'], 'strike': ['struck', 'stricken'], 'send': ['sent'],
    'break': ['broke', 'broken'], 'cut': ['cut'], 'hold': ['held'], 'give': ['gave', 'given'],
    'make': ['made'], 'lend': ['lent'], 'leave': ['left'], 'quit': ['quit'], 'pay': ['paid'],
    'bear': ['bore', 'borne'], 'freeze': ['froze', 'frozen'], 'withdraw': ['withdrew', 'withdrawn'],
    'seize': ['seized'], 'shell': ['shelled', 'shelling'], 'slam': ['slammed', 'slamming'],
}
FUNCTION = {'a', 'an', 'the', 'to', 'with', 'on', 'of', 'for', 'at', 'by', 'over', 'about', 'into',
            'from', 'against', 'not', 'no', 'as', 'in', 'if', 'out', 'off', 'down', 'between',
            'toward', 'towards', 'concerning', 'necessary', 'only', 'sole'}
VOWELS = set('aeiou')


def verb_forms(w):
    f = {w} | set(IRREGULAR.get(w, []))
    if w.endswith('e'):
        f |= {w + 's', w + 'd', w[:-1] + 'ing'}
    elif w.endswith('y') and len(w) > 1 and w[-2] not in VOWELS:
        f |= {w[:-1] + 'ies', w[:-1] + 'ied', w + 'ing'}
    else:
        sib = any(w.endswith(x) for x in ('s', 'x', 'z', 'ch', 'sh'))
        f |= {w + ('es' if sib else 's'), w + 'ed', w + 'ing'}
        if len(w) >= 3 and w[-1] not in VOWELS | set('wxy') and w[-2] in VOWELS and w[-3] not in VOWELS:
            f |= {w + w[-1] + 'ed', w + w[-1] + 'ing'}
    return f


def noun_forms(w):
    if w.endswith('y') and len(w) > 2 and w[-2] not in VOWELS:
        return {w, w[:-1] + 'ies'}
    if any(w.endswith(x) for x in ('s', 'x', 'z', 'ch', 'sh')):
        return {w, w + 'es'}
    return {w, w + 's'}


def load_cues(path):
    data = yaml.safe_load(open(path))
    cues = []
    for rel, kinds in data.items():
        for kind, pats in kinds.items():
            for p in pats:
                words = p.lower().split()
                forms = []
                for i, w in enumerate(words):
                    if w == '*' or (i > 0 and w in FUNCTION):
                        forms.append({w})
                    elif kind in ('verb', 'verdict', 'refusal', 'departure'):
                        forms.append(verb_forms(w) if i == 0 or w not in FUNCTION else {w})
                    elif kind == 'noun':
                        forms.append(noun_forms(w))
                    elif kind == 'mutual':
                        forms.append(noun_forms(w) | verb_forms(w))
                    else:  # judgement, manner: fixed words
                        forms.append({w})
                cues.append({'rel': rel, 'kind': kind, 'pattern': p, 'forms': forms})
    return cues


def match_at(forms, low, i):
    """Returns the end index (exclusive) of a match of forms at token i, or None."""
    j = i
    k = 0
    while k < len(forms):
        f = forms[k]
        if f == {'*'}:
            nxt = forms[k + 1]
            for gap in range(0, 4):
                if j + gap < len(low) and low[j + gap] in nxt:
                    j = j + gap
                    break
            else:
                return None
            k += 1
            continue
        if j < len(low) and low[j] in f:
            j += 1
            k += 1
        else:
            return None
    return j


def find_cues(s, cues):
    low = [t.lower() for t in s['tokens']]
    occ = []
    for i in range(len(low)):
        for c in cues:
            if low[i] not in c['forms'][0]:
                continue
            end = match_at(c['forms'], low, i)
            if end is None:
                continue
            toks = list(range(i, end))
            content = [t for t in toks if low[t] not in FUNCTION]
            if c['kind'] in ('noun', 'mutual') and content:
                # the noun: the last content word ("military aid to" -> aid)
                head = content[-1]
                if c['kind'] == 'noun':
                    nounish = [t for t in content if not low[t].endswith('ary') and low[t] not in
                               ('military', 'humanitarian', 'economic', 'financial', 'security',
                                'air', 'cyber', 'strategic', 'mutual', 'close', 'closer', 'joint',
                                'diplomatic', 'cooperation')]
                    head = nounish[0] if nounish else content[-1]
            else:
                head = i
            occ.append({'rel': c['rel'], 'kind': c['kind'], 'pattern': c['pattern'],
                        'start': i, 'end': end, 'head': head})
    return occ


# ---------------------------------------------------------------- link-grammar roles

def base(label):
    """Uppercase part of a link label: 'Ss*s' -> 'S', 'MVp' -> 'MV', 'SJls' -> 'SJ'."""
    m = re.match(r'[A-Z]+', label)
    return m.group(0) if m else label


def is_chain(label):
    # I, TO, PP, Pg/Pv/Pa (P with subscript), MVi (infinitive complement), IV
    b = base(label)
    if b in ('I', 'TO', 'PP', 'IV'):
        return True
    if b == 'P' and label[1:2] in ('g', 'v', 'a', 'p'):
        return True
    if b == 'MV' and label[2:3] == 'i':
        return True
    return False


class Linkage:
    def __init__(self, res):
        self.words = res.get('words', [])
        self.links = res.get('links', [])
        self.left = collections.defaultdict(list)   # word -> [(other, label)] links where word is right end
        self.right = collections.defaultdict(list)  # word -> [(other, label)] where word is left end
        for l, r, lab in self.links:
            self.right[l].append((r, lab))
            self.left[r].append((l, lab))

    def word_of_bytes(self, a, b):
        """LG words overlapping the byte span [a, b)."""
        return [i for i, (w, ws, we) in enumerate(self.words)
                if we > ws and ws < b and we > a and w not in ('LEFT-WALL', 'RIGHT-WALL')]

    def name(self, i):
        return self.words[i][0]

    def lemma(self, i):
        return re.sub(r'[.\[].*$', '', self.words[i][0]).lower()


def chain_group(lk, head, with_vj):
    """Words of the head's verb group: auxiliaries, infinitive and participle
    links in both directions; with_vj also crosses verb coordination."""
    seen = {head}
    todo = [head]
    passive = False
    while todo:
        w = todo.pop()
        for other, lab in lk.left[w] + lk.right[w]:
            b = base(lab)
            if is_chain(lab) or (with_vj and b == 'VJ'):
                if lab.startswith('Pv'):
                    passive = True
                if other not in seen:
                    seen.add(other)
                    todo.append(other)
    return seen, passive


def conjuncts(lk, w, depth=0):
    """A word, or the conjuncts of a coordinating word (SJ links), recursively."""
    # the coordinator is the right end of SJl links and the left end of SJr links
    parts = [o for o, lab in lk.left[w] if lab.startswith('SJl')] + \
            [o for o, lab in lk.right[w] if lab.startswith('SJr')]
    if not parts or depth > 3:
        return [w]
    out = []
    for p in parts:
        out += conjuncts(lk, p, depth + 1)
    return out


def subjects(lk, group):
    out = []
    for g in group:
        for o, lab in lk.left[g]:
            b = base(lab)
            if b == 'S' or (b == 'SF'):
                out += conjuncts(lk, o)
        for o, lab in lk.right[g]:
            if base(lab) == 'SI':
                out += conjuncts(lk, o)
    return out


def prep_objects(lk, words, preps=None, exclude=('by',), labels=('MV', 'M')):
    out = []
    for g in words:
        for p, lab in lk.right[g]:
            if base(lab) in labels:
                if lk.lemma(p) in exclude or (preps and lk.lemma(p) not in preps):
                    continue
                for j, jl in lk.right[p]:
                    if base(jl) == 'J':
                        out += conjuncts(lk, j)
    return out


def objects(lk, group):
    out = []
    for g in group:
        for o, lab in lk.right[g]:
            if base(lab) == 'O':
                out += conjuncts(lk, o)
    return out


def clause_subjects(lk, group):
    """Subject of a complement clause: warned (that) X would ..."""
    out = []
    for g in group:
        for o, lab in lk.right[g]:
            b = base(lab)
            if b == 'C' or (b == 'CV'):
                out += [x for x in conjuncts(lk, o)]
            elif b == 'TH':
                for x, l2 in lk.right[o]:
                    if base(l2) == 'C':
                        out += conjuncts(lk, x)
    # keep words that are subjects (have an S link to their right)
    return [w for w in out if any(base(l) == 'S' for _, l in lk.right[w]) or lk.lemma(w) in ('and', 'or')]


def negated(lk, group):
    for g in group:
        for o, lab in lk.left[g] + lk.right[g]:
            if base(lab) == 'N' or lk.lemma(o) in ('never', "n't"):
                return True
    return False


def owners(lk, noun):
    """Possessive owner (X 's -D- noun, its -D- noun) and A/AN/GN modifiers."""
    out = []
    for o, lab in lk.left[noun]:
        b = base(lab)
        if b in ('D', 'DD'):
            yss = [y for y, yl in lk.left[o] if base(yl) == 'YS']
            if yss:
                for y in yss:
                    out += conjuncts(lk, y)
            else:
                out.append(o)  # its, their, our (a mention if the tool resolved it)
        elif b in ('A', 'AN', 'GN', 'G'):
            out += conjuncts(lk, o)
    return out


class Mapper:
    """Maps LG words to the tool's actor mentions by byte offsets, looking into
    a noun phrase (owner, modifier, of/for-object) when its head is no actor."""

    def __init__(self, lk, mentions):
        self.lk = lk
        self.ms = [m for m in mentions if m.get('pspan')]

    def direct(self, w):
        _, a, b = self.lk.words[w]
        for m in self.ms:
            ma, mb = m['pspan']
            if a < mb and b > ma:
                return m['id']
        return None

    def actors(self, w, depth=0):
        d = self.direct(w)
        if d:
            return [d]
        if depth >= 2:
            return []
        out = []
        for o in owners(self.lk, w):
            out += self.actors(o, depth + 1)
        if not out:
            for o in prep_objects(self.lk, [w], preps=('of', 'for', 'from'), labels=('M',)):
                out += self.actors(o, depth + 1)
        return out

    def many(self, words):
        out = []
        for w in words:
            for a in self.actors(w):
                if a not in out:
                    out.append(a)
        return out


def is_noun(lk, w):
    name = lk.name(w)
    sub = name.split('.', 1)[1] if '.' in name and not name.startswith('.') else ''
    if sub.startswith('g'):
        # a gerund: a noun only with a determiner or possessive on its left
        return any(base(lab) in ('D', 'DD') for _, lab in lk.left[w])
    if sub.startswith(('n', 's', 'p')):
        return True
    if sub.startswith(('v', 'w', 'q')):
        return False
    # no subscript: decide by links (a determiner or adjective on the left)
    return any(base(lab) in ('D', 'A', 'AN') for _, lab in lk.left[w])


def governing_verb(lk, noun, depth=0):
    """The verb whose object the noun is (express concern, impose sanctions),
    also through "of" (unveiled a series of sanctions)."""
    for o, lab in lk.left[noun]:
        if base(lab) == 'O':
            return o
    if depth < 2:
        for p, lab in lk.left[noun]:
            if base(lab) == 'J' and lk.lemma(p) == 'of':
                for n2, l2 in lk.left[p]:
                    if base(l2) == 'M':
                        return governing_verb(lk, n2, depth + 1)
    return None


# Prepositions that introduce a stance's target whatever the cue; the cue
# pattern's own prepositions (cooperate with, support for) are added to them.
TARGET_PREPS = ('against', 'on', 'at', 'toward', 'towards')


def roles(lk, mp, head_words, kind, cue_preps=(), rel=''):
    """Returns (holders, targets, mutual_set, negated, how) for a cue whose
    head LG word(s) are head_words."""
    holders, targets, how = [], [], []
    neg = False
    mutual = []
    for h in head_words:
        noun = is_noun(lk, h)
        if kind == 'mutual':
            gv = governing_verb(lk, h)
            grp = chain_group(lk, gv, True)[0] if gv is not None else set()
            subj = mp.many(subjects(lk, grp)) if grp else []
            own = mp.many(owners(lk, h))
            withs = mp.many(prep_objects(lk, [h] + list(grp), preps=('with', 'between', 'among')))
            if not grp:
                g2, _ = chain_group(lk, h, True)
                subj = mp.many(subjects(lk, g2))
                withs += mp.many(prep_objects(lk, list(g2), preps=('with', 'between', 'among')))
            mutual = list(dict.fromkeys(subj + own + withs))
            how.append('mutual')
            if gv is not None:
                neg = neg or negated(lk, grp)
            continue
        if not noun:
            grp_s, passive = chain_group(lk, h, True)
            grp_t, _ = chain_group(lk, h, False)
            # shared objects of a verb coordination hang on the 'and' word
            vj_and = [o for o, lab in lk.left[h] + lk.right[h] if base(lab) == 'VJ']
            neg = neg or negated(lk, grp_s)
            if passive:
                holders += mp.many(prep_objects(lk, list(grp_t), preps=('by',), exclude=()))
                targets += mp.many(subjects(lk, grp_s))
                how.append('passive')
            else:
                holders += mp.many(subjects(lk, grp_s))
                objs = objects(lk, list(grp_t) + vj_and)
                targets += mp.many(objs)
                targets += mp.many(prep_objects(lk, list(grp_t) + vj_and, preps=TARGET_PREPS + cue_preps))
                if rel == 'warns' and not targets:
                    targets += mp.many(clause_subjects(lk, list(grp_t)))
                how.append('verb')
        else:
            own = mp.many(owners(lk, h))
            gv = governing_verb(lk, h)
            if own:
                holders += own
                how.append('noun-owner')
            elif gv is not None:
                g, _ = chain_group(lk, gv, True)
                holders += mp.many(subjects(lk, g))
                neg = neg or negated(lk, g)
                how.append('noun-object-of-verb')
            else:
                # the noun as subject of a copula etc.: no holder
                how.append('noun')
            targets += mp.many(prep_objects(lk, [h], preps=TARGET_PREPS + cue_preps, labels=('M',)))
            if gv is not None:
                targets += mp.many(prep_objects(lk, [gv], preps=TARGET_PREPS + cue_preps))
    return list(dict.fromkeys(holders)), list(dict.fromkeys(targets)), mutual, neg, how


def lg_proposals(s, lk):
    mp = Mapper(lk, s['mentions'])
    props = set()
    detail = []
    # verbs that are cues themselves: "cut diplomatic ties" is no partnership
    cue_verbs = set()
    for c in s['cues']:
        if c['kind'] != 'mutual':
            cue_verbs.update(lk.word_of_bytes(*s['ptok'][c['head']]))
    for c in s['cues']:
        if c['kind'] not in ('verb', 'noun', 'mutual'):
            continue
        a, b = s['ptok'][c['head']]
        heads = lk.word_of_bytes(a, b)
        if not heads:
            continue
        preps = tuple(w for w in c['pattern'].lower().split() if w in FUNCTION and w not in ('a', 'an', 'the', 'not', 'no'))
        hs, ts, mutual, neg, how = roles(lk, mp, heads[:1], c['kind'], preps, c['rel'])
        if c['kind'] == 'mutual' and governing_verb(lk, heads[0]) in cue_verbs:
            mutual = []
            how.append('object-of-cue-verb')
        edges = set()
        if not neg:
            if c['kind'] == 'mutual':
                for x in mutual:
                    for y in mutual:
                        if x != y:
                            edges.add((x, c['rel'], y))
            else:
                for x in hs:
                    for y in ts:
                        if x != y:
                            edges.add((x, c['rel'], y))
        props |= edges
        detail.append({'cue': c['pattern'], 'head': s['tokens'][c['head']], 'how': how, 'holders': hs,
                       'targets': ts, 'mutual': mutual, 'negated': neg, 'edges': sorted(edges)})
    return props, detail


# ---------------------------------------------------------------- text given to the parser

KEEP_FORMS = ('pronoun', 'firstPerson', 'relative')


def parser_text(s, mode):
    """The text link-grammar parses and, in it, the byte span of every token
    ('ptok') and mention ('pspan'). Mode 'raw' is the sentence as written.
    Mode 'collapsed' replaces every mention of two or more tokens (a name,
    title or body, not a pronoun) by one proper noun, so the parser sees
    "France has summoned France" rather than a long capitalised chain it
    cannot analyse: a plural noun ("Europeans") when the mention ends in a
    lower-case plural ("EU leaders") or a demonym plural, else "France"."""
    toks, spans, text = s['tokens'], s['spans'], s['text']
    repl = {}
    if mode == 'collapsed':
        taken = set()
        for m in s['mentions']:
            if not m.get('tok') or m['form'] in KEEP_FORMS:
                continue
            i, j = m['tok']
            if j - i < 2 or any(k in taken for k in range(i, j)):
                continue
            last = toks[j - 1]
            plural = last.endswith('s') and not last.endswith('ss') and (last.islower() or last.endswith('ans'))
            repl[i] = (j, 'Europeans' if plural else 'France')
            taken.update(range(i, j))
    out = []
    ptok = [None] * len(toks)
    pos = 0  # char position in text
    blen = 0  # bytes written

    def emit(t):
        nonlocal blen
        out.append(t)
        blen += len(t.encode('utf-8'))

    i = 0
    while i < len(toks):
        emit(text[pos:spans[i][0]])  # the gap as written
        if i in repl:
            j, word = repl[i]
            a = blen
            emit(word)
            for k in range(i, j):
                ptok[k] = (a, blen)
            pos = spans[j - 1][1]
            i = j
        else:
            a = blen
            emit(text[spans[i][0]:spans[i][1]])
            ptok[i] = (a, blen)
            pos = spans[i][1]
            i += 1
    s['ptext'] = ''.join(out)
    s['ptok'] = ptok
    for m in s['mentions']:
        if m.get('tok'):
            i, j = m['tok']
            m['pspan'] = (ptok[i][0], ptok[j - 1][1])


# ---------------------------------------------------------------- gold

QUOTES = str.maketrans({'“': '"', '”': '"', '‘': "'", '’': "'", '«': '"', '»': '"', '–': '-', '—': '-'})


def norm(t):
    t = t.translate(QUOTES).lower()
    return re.sub(r'\s+', '', t)


def gold_sentence(ev, sents):
    """Index of the sentence the evidence lies in: evidence a substring of the
    sentence, or (tool split a gold sentence) the sentence a prefix of it."""
    e = norm(ev).rstrip('.')
    if not e:
        return None, None
    for i, s in enumerate(sents):
        if e in s['norm']:
            return i, 'substring'
    for i, s in enumerate(sents):
        if len(s['norm']) >= 20 and e.startswith(s['norm'].rstrip('.')):
            return i, 'sentence-prefix'
    return None, None


# ---------------------------------------------------------------- main


def pct(n, d):
    return f'{100.0 * n / d:.1f}%' if d else 'n/a'


def percentile(xs, p):
    xs = sorted(xs)
    if not xs:
        return 0.0
    k = max(0, min(len(xs) - 1, int(round(p / 100.0 * len(xs) + 0.5)) - 1))
    return xs[k]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--corpus', default=os.path.join(REPO, '..', 'shared', 'corpus', 'dev'))
    ap.add_argument('--work', default='/tmp/lg-measure')
    ap.add_argument('--stancegraph', default=os.path.join(REPO, '.build', 'release', 'stancegraph'))
    ap.add_argument('--lgparse', default=None, help='lgparse binary (default: compile lgparse.c into --work)')
    ap.add_argument('--timeout', type=int, default=1, help='link-grammar max parse time, seconds')
    ap.add_argument('--limit', type=int, default=1000, help='link-grammar linkage limit')
    ap.add_argument('--modes', default='raw,collapsed',
                    help='parser inputs to measure, comma-separated: raw (the sentence as written), '
                         'collapsed (multi-word mentions replaced by one proper noun)')
    ap.add_argument('--json', help='write the figures as JSON to this file')
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)

    lgparse = args.lgparse
    if not lgparse:
        lgparse = os.path.join(args.work, 'lgparse')
        subprocess.run(['cc', '-O2', '-Wall', '-o', lgparse, os.path.join(HERE, 'lgparse.c'), '-llink-grammar'],
                       check=True)

    cues = load_cues(os.path.join(REPO, 'Ontology', 'relations.yaml'))
    names = sorted(f[:-4] for f in os.listdir(args.corpus) if f.endswith('.txt'))
    arts = []
    for name in names:
        path = os.path.join(args.corpus, name + '.txt')
        out = subprocess.run([args.stancegraph, 'explain', path], check=True, capture_output=True,
                             text=True).stdout
        sents = parse_explain(out)
        text = open(path, encoding='utf-8').read()
        locate(sents, text)
        for s in sents:
            place_mentions(s)
            s['norm'] = norm(s['text'])
            s['lexcues'] = find_cues(s, cues)
            s['cues'] = list(s['lexcues'])
            # the cue of every EDGE line, located in the tokens
            for e in s['edges']:
                ct = e['cue'].lower().split(' ')
                low = [t.lower() for t in s['tokens']]
                for i in range(len(low) - len(ct) + 1):
                    if low[i:i + len(ct)] == ct:
                        kind = e['rule'].split(':')[0]
                        head = i if kind not in ('noun', 'mutual') else i + len(ct) - 1
                        if kind == 'noun' and len(ct) > 1:
                            head = i + len(ct) - 2 if low[i + len(ct) - 1] in FUNCTION else i + len(ct) - 1
                        if not any(c['head'] == head and c['rel'] == e['rel'] for c in s['cues']):
                            s['cues'].append({'rel': e['rel'], 'kind': kind, 'pattern': e['cue'],
                                              'start': i, 'end': i + len(ct), 'head': head})
                        break
            ids = {m['id'] for m in s['mentions']}
            s['selected'] = len(ids) >= 2 and (bool(s['edges']) or bool(s['lexcues']))
            s['rules'] = {(e['src'], e['rel'], e['tgt']) for e in s['edges']}
        gold = json.load(open(os.path.join(args.corpus, name + '.gold.json')))['edges']
        arts.append({'name': name, 'sents': sents, 'gold': gold})

    all_sents = [s for a in arts for s in a['sents']]
    sel = [(a, s) for a in arts for s in a['sents'] if s['selected']]
    for a in arts:
        for g in a['gold']:
            i, _ = gold_sentence(g.get('evidence', ''), a['sents'])
            if i is not None:
                a['sents'][i].setdefault('gold_all', []).append(
                    [g['source'], g['relation'], g['target'], g.get('required', True)])

    # ---- gold matching (independent of the parser)
    gold_in_sel = []  # (article, sentence, gold edge)
    unmatched = 0
    gold_not_sel = 0
    how_matched = collections.Counter()
    for a in arts:
        for g in a['gold']:
            i, how = gold_sentence(g.get('evidence', ''), a['sents'])
            if i is None:
                unmatched += 1
                continue
            how_matched[how] += 1
            s = a['sents'][i]
            if s['selected']:
                gold_in_sel.append((a, s, g))
            else:
                gold_not_sel += 1
    req = [(a, s, g) for a, s, g in gold_in_sel if g.get('required', True)]
    for a, s, g in req:
        s.setdefault('gold_here', []).append(triple(g))
    words = [len(s['tokens']) for _, s in sel]
    figures = {
        'date': time.strftime('%Y-%m-%d'),
        'articles': len(arts),
        'sentences': len(all_sents),
        'sentences_located_in_text': sum(s['located'] for s in all_sents),
        'selected': len(sel),
        'selected_with_edge_line': sum(bool(s['edges']) for _, s in sel),
        'selected_tokens_mean': round(statistics.mean(words), 1) if words else 0,
        'gold_edges': sum(len(a['gold']) for a in arts),
        'gold_unmatched_evidence': unmatched,
        'gold_matched_by': dict(how_matched),
        'gold_in_unselected_sentences': gold_not_sel,
        'gold_in_selected': len(gold_in_sel),
        'gold_required_in_selected': len(req),
        'linkage_limit': args.limit,
        'timeout_s': args.timeout,
        'modes': {},
    }
    for mode in args.modes.split(','):
        figures['modes'][mode] = run_mode(mode, sel, req, lgparse, args)

    if args.json:
        with open(args.json, 'w') as f:
            json.dump(figures, f, indent=2)

    F = figures
    n = F['gold_required_in_selected']
    print(f"date {F['date']}; corpus: {F['articles']} articles, {F['sentences']} sentences "
          f"({F['sentences_located_in_text']} found again in the text)")
    print(f"selected (>=2 actor ids and a cue): {F['selected']} sentences "
          f"({pct(F['selected'], F['sentences'])}), {F['selected_with_edge_line']} with an EDGE line; "
          f"mean {F['selected_tokens_mean']} tokens")
    print(f"gold edges: {F['gold_edges']}; evidence not found in any sentence: {F['gold_unmatched_evidence']}; "
          f"in unselected sentences: {F['gold_in_unselected_sentences']}; in selected: {F['gold_in_selected']} "
          f"({n} required)")
    for mode, M in F['modes'].items():
        f = M['found']
        print(f"\n== parser input: {mode}")
        print(f"required gold edges in selected sentences ({n}) found by: rules {f.get('rules', 0)} ({pct(f.get('rules', 0), n)}), "
              f"link-grammar {f.get('lg', 0)} ({pct(f.get('lg', 0), n)}), both {f.get('both', 0)}, "
              f"LG only {f.get('lg_only', 0)}, rules only {f.get('rules_only', 0)}, either {f.get('union', 0)}")
        print(f"  of which in sentences with a complete linkage: {f.get('complete', 0)}: rules {f.get('rules_complete', 0)}, "
              f"LG {f.get('lg_complete', 0)}")
        print('proposals in selected sentences, judged against the article gold '
              '(implied = required:false gold, neither right nor wrong):')
        print(f"  {'variant':55s} {'proposed':>8s} {'correct':>8s} {'implied':>8s} {'wrong':>6s} {'recall':>7s}")
        for k, v in M['variants'].items():
            print(f"  {k:55s} {v.get('proposed', 0):8d} {v.get('correct', 0):8d} {v.get('implied', 0):8d} "
                  f"{v.get('wrong', 0):6d} {pct(v.get('recall_hits', 0), n):>7s}")
        t = M['time']
        print(f"link-grammar 5.12 (linkage limit {F['linkage_limit']}, max parse time {F['timeout_s']} s), per sentence, "
              f"CPU ms: mean {t['cpu_mean']}, median {t['cpu_median']}, p95 {t['cpu_p95']}, max {t['cpu_max']}; "
              f"wall ms: mean {t['wall_mean']}, p95 {t['wall_p95']}, max {t['wall_max']}; dictionary load {t['dictionary_ms']} ms")
        print(f"  complete linkage: CPU ms mean {t['cpu_mean_complete']}; with null links: {t['cpu_mean_nulls']}")
        print(f"  no complete linkage (null links): {M['null_link_sentences']} ({pct(M['null_link_sentences'], F['selected'])}); "
              f"no linkage at all: {M['no_linkage']}; hit the time limit: {M['timeouts']}")
        print(f"  details (corpus text, keep out of the repo): {M['details']}")


def triple(g):
    return (g['source'], g['relation'], g['target'])


LGKINDS = ('verb', 'noun', 'mutual')


def run_mode(mode, sel, req, lgparse, args):
    for _, s in sel:
        parser_text(s, mode)
    inp = os.path.join(args.work, f'selected-{mode}.txt')
    with open(inp, 'w', encoding='utf-8') as f:
        for _, s in sel:
            f.write(s['ptext'] + '\n')
    with open(inp, 'rb') as fin:
        res = subprocess.run([lgparse, '--timeout', str(args.timeout), '--limit', str(args.limit)], stdin=fin,
                             capture_output=True, check=True)
    parsed = [json.loads(l) for l in res.stdout.decode().splitlines() if l.startswith('{')]
    assert len(parsed) == len(sel), (len(parsed), len(sel))
    dict_ms = re.search(r'dictionary loaded in ([\d.]+) ms', res.stderr.decode())

    details = []
    for (a, s), r in zip(sel, parsed):
        s['lg'] = r
        lk = Linkage(r)
        s['lgprops'], det = lg_proposals(s, lk) if r.get('words') else (set(), [])
        details.append({'article': a['name'], 'n': s['n'], 'nulls': r['nulls'], 'ms': r['ms'], 'cpu_ms': r['cpu_ms'],
                        'text': s['text'], 'ptext': s['ptext'],
                        'mentions': [(m['text'], m['id']) for m in s['mentions']],
                        'rules': sorted(s['rules']), 'lg': sorted(s['lgprops']), 'cues': det,
                        'rule_lines': [[e['src'], e['rel'], e['tgt'], e['cue'], e['rule']] for e in s['edges']],
                        'gold': s.get('gold_all', [])})

    def complete(s):
        return s['lg']['nulls'] == 0 and bool(s['lg'].get('words'))

    found = collections.Counter()
    for a, s, g in req:
        t = triple(g)
        r_ok = t in s['rules']
        l_ok = t in s['lgprops']
        c = complete(s)
        found['rules'] += r_ok
        found['lg'] += l_ok
        found['both'] += r_ok and l_ok
        found['lg_only'] += l_ok and not r_ok
        found['rules_only'] += r_ok and not l_ok
        found['union'] += r_ok or l_ok
        found['complete'] += c
        found['rules_complete'] += r_ok and c
        found['lg_complete'] += l_ok and c

    def judge(a, props):
        req_set = {triple(g) for g in a['gold'] if g.get('required', True)}
        opt_set = {triple(g) for g in a['gold'] if not g.get('required', True)} - req_set
        c = collections.Counter()
        for p in props:
            if p in req_set:
                c['correct'] += 1
            elif p in opt_set:
                c['implied'] += 1
            else:
                c['wrong'] += 1
        return c

    def variant(fn):
        tot = collections.Counter()
        rec = 0
        for a, s in sel:
            props = fn(s)
            tot += judge(a, props)
            for t in s.get('gold_here', []):
                rec += t in props
        tot['proposed'] = sum(tot[k] for k in ('correct', 'implied', 'wrong'))
        tot['recall_hits'] = rec
        return dict(tot)

    def rules_other_kinds(s):
        return {(e['src'], e['rel'], e['tgt']) for e in s['edges'] if e['rule'].split(':')[0] not in LGKINDS}

    variants = {
        'rules (EDGE lines)': lambda s: s['rules'],
        'link-grammar roles': lambda s: s['lgprops'],
        'rules + link-grammar (union)': lambda s: s['rules'] | s['lgprops'],
        'LG for verb/noun/mutual cues, rules for other kinds': lambda s: s['lgprops'] | rules_other_kinds(s),
        'LG only on complete linkages, rules elsewhere': lambda s: (s['lgprops'] | rules_other_kinds(s))
        if complete(s) else s['rules'],
        'rules, plus LG edges on complete linkages': lambda s: s['rules'] | (s['lgprops'] if complete(s) else set()),
    }
    cpu = [r['cpu_ms'] for r in parsed]
    wall = [r['ms'] for r in parsed]
    cpu_c = [r['cpu_ms'] for r in parsed if r.get('words') and r['nulls'] == 0]
    cpu_n = [r['cpu_ms'] for r in parsed if not (r.get('words') and r['nulls'] == 0)]
    path = os.path.join(args.work, f'details-{mode}.jsonl')
    with open(path, 'w', encoding='utf-8') as f:
        for d in details:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
    return {
        'found': dict(found),
        'variants': {k: variant(f) for k, f in variants.items()},
        'time': {
            'cpu_mean': round(statistics.mean(cpu), 2), 'cpu_median': round(statistics.median(cpu), 2),
            'cpu_p95': round(percentile(cpu, 95), 2), 'cpu_max': round(max(cpu), 2),
            'wall_mean': round(statistics.mean(wall), 2), 'wall_p95': round(percentile(wall, 95), 2),
            'wall_max': round(max(wall), 2),
            'cpu_mean_complete': round(statistics.mean(cpu_c), 2) if cpu_c else None,
            'cpu_mean_nulls': round(statistics.mean(cpu_n), 2) if cpu_n else None,
            'dictionary_ms': float(dict_ms.group(1)) if dict_ms else None,
        },
        'null_link_sentences': sum(1 for r in parsed if r['nulls'] > 0),
        'no_linkage': sum(1 for r in parsed if not r.get('words')),
        'timeouts': sum(1 for r in parsed if r['timeout']),
        'details': path,
    }


if __name__ == '__main__':
    main()
