#!/usr/bin/env python3
"""(Re)generate the BPMN diagram interchange (DI) of BPMN 2.0 files.

Usage:
    python3 tools/bpmn_layout.py FILE.bpmn [FILE2.bpmn ...]
        Rewrite each file in place: drop every existing bpmndi:BPMNDiagram and
        write one new BPMNDiagram/BPMNPlane with a left-to-right layout of the
        first executable process (or the first process if none is executable).
    python3 tools/bpmn_layout.py --check [--strict] FILE.bpmn [...]
        Do not rewrite anything; verify the existing DI of the laid-out process:
        every flow node has a shape, shapes in one container do not overlap
        (a boundary event on its host is fine), children lie inside their
        subprocess, every sequence flow has an edge with >= 2 orthogonal
        waypoints.  With --strict also report edges running through shapes.
        Prints the problems and exits 1, prints nothing and exits 0 if clean.

Only the Python 3 standard library is used.  The semantic part of the XML is
kept as is (namespace prefixes preserved, camunda: attributes and
extensionElements untouched); the file is re-indented with 2 spaces.

Layout outline (per container = process / subprocess):
  * back-edges found by a DFS from the start events (document order),
  * columns = longest path over the remaining DAG (boundary event flows count
    as edges from the host),
  * rows = "tracks": the main continuation of a node (first outgoing flow in
    document order) stays on the node's row, every further branch / boundary
    flow opens a new track that is put on the first free row below its parent
    track (tracks on one row never share a column, so nothing overlaps),
  * expanded subprocesses are laid out recursively first and then treated as
    one big node; event subprocesses go below the container's main layout,
  * edges are routed orthogonally; several candidate routes are tried and the
    first that does not cross another shape is used; back-edges go through a
    free channel below (or above) the nodes in between.
"""
import math
import re
import sys
import xml.etree.ElementTree as ET

NS = {
    'bpmn': 'http://www.omg.org/spec/BPMN/20100524/MODEL',
    'bpmndi': 'http://www.omg.org/spec/BPMN/20100524/DI',
    'dc': 'http://www.omg.org/spec/DD/20100524/DC',
    'di': 'http://www.omg.org/spec/DD/20100524/DI',
    'camunda': 'http://camunda.org/schema/1.0/bpmn',
    'modeler': 'http://camunda.org/schema/modeler/1.0',
    'xsi': 'http://www.w3.org/2001/XMLSchema-instance',
}
BPMN = NS['bpmn']

EVENTS = {'startEvent', 'endEvent', 'intermediateCatchEvent',
          'intermediateThrowEvent', 'boundaryEvent'}
GATEWAYS = {'exclusiveGateway', 'parallelGateway', 'inclusiveGateway',
            'eventBasedGateway', 'complexGateway'}
ACTIVITIES = {'task', 'userTask', 'serviceTask', 'sendTask', 'receiveTask',
              'scriptTask', 'businessRuleTask', 'manualTask', 'callActivity'}
SUBPROCS = {'subProcess', 'transaction', 'adHocSubProcess'}
FLOW_NODES = EVENTS | GATEWAYS | ACTIVITIES | SUBPROCS

# geometry constants
ORIGIN_X, ORIGIN_Y = 150, 80
EVT = 36
GW = 50
TASK_W, TASK_H = 100, 80
COL_GAP = 50          # horizontal gap between columns
COL_GAP_LABEL = 80    # gap after a column whose outgoing flows carry labels
ROW_GAP = 50          # vertical gap between rows
MIN_COL_W = 100
MIN_ROW_H = 80
PAD = 30              # padding inside expanded subprocesses
SUB_MIN_W, SUB_MIN_H = 200, 140
CHANNEL = 25          # distance of loop channels from shapes
LABEL_W = 90          # bpmn-js wraps external labels at ~90px
CHAR_W = 6.5
LINE_H = 14


def q(prefix, tag):
    return '{%s}%s' % (NS[prefix], tag)


def lname(tag):
    if not isinstance(tag, str):
        return ''
    return tag.rsplit('}', 1)[-1]


def is_bpmn(el, names):
    tag = el.tag
    return isinstance(tag, str) and tag.startswith('{%s}' % BPMN) and lname(tag) in names


# --------------------------------------------------------------------------
# text / label helpers

def label_size(text):
    lines = 0
    width = 0
    for part in text.split('\n'):
        words = part.split()
        cur = 0
        n = 1
        for w in words:
            ww = len(w) * CHAR_W
            if cur and cur + CHAR_W + ww > LABEL_W:
                n += 1
                width = max(width, cur)
                cur = ww
            else:
                cur = cur + (CHAR_W if cur else 0) + ww
        width = max(width, min(cur, LABEL_W))
        lines += n
    w = int(math.ceil(min(max(width * 1.1 + 8, 16), LABEL_W)))
    return w, LINE_H * max(lines, 1)


# --------------------------------------------------------------------------
# geometry helpers

def seg_hits_rect(p, q_, r, m=2):
    (x1, y1), (x2, y2) = p, q_
    rx, ry, rw, rh = r
    left, top, right, bottom = rx - m, ry - m, rx + rw + m, ry + rh + m
    if y1 == y2:
        if not (top < y1 < bottom):
            return False
        a, b = sorted((x1, x2))
        return a < right and b > left
    if x1 == x2:
        if not (left < x1 < right):
            return False
        a, b = sorted((y1, y2))
        return a < bottom and b > top
    return True


def path_hits(pts, rects):
    n = 0
    for i in range(len(pts) - 1):
        for r in rects:
            if seg_hits_rect(pts[i], pts[i + 1], r):
                n += 1
    return n


def path_len(pts):
    return sum(abs(pts[i][0] - pts[i + 1][0]) + abs(pts[i][1] - pts[i + 1][1])
               for i in range(len(pts) - 1))


def clean_path(pts):
    """Round, drop duplicate and collinear points."""
    pts = [(int(round(x)), int(round(y))) for x, y in pts]
    out = []
    for p in pts:
        if out and out[-1] == p:
            continue
        out.append(p)
    i = 1
    while i < len(out) - 1:
        a, b, c = out[i - 1], out[i], out[i + 1]
        if (a[0] == b[0] == c[0]) or (a[1] == b[1] == c[1]):
            out.pop(i)
        else:
            i += 1
    if len(out) == 1:
        out.append(out[0])
    return out


def rects_overlap(a, b):
    return (a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and
            a[1] < b[1] + b[3] and b[1] < a[1] + a[3])


class Layout:
    def __init__(self):
        self.shapes = {}   # id -> [x, y, w, h]
        self.labels = {}   # id -> [x, y, w, h]
        self.edges = {}    # id -> [(x, y), ...]

    def shift(self, dx, dy):
        for d in (self.shapes, self.labels):
            for k, r in d.items():
                d[k] = [r[0] + dx, r[1] + dy, r[2], r[3]]
        for k, pts in self.edges.items():
            self.edges[k] = [(x + dx, y + dy) for x, y in pts]

    def merge(self, other, dx, dy):
        other.shift(dx, dy)
        self.shapes.update(other.shapes)
        self.labels.update(other.labels)
        self.edges.update(other.edges)

    def bbox(self):
        xs, ys = [], []
        for d in (self.shapes, self.labels):
            for x, y, w, h in d.values():
                xs += [x, x + w]
                ys += [y, y + h]
        for pts in self.edges.values():
            for x, y in pts:
                xs.append(x)
                ys.append(y)
        if not xs:
            return None
        return min(xs), min(ys), max(xs), max(ys)


# --------------------------------------------------------------------------
# layout of one container

def node_kind(el):
    k = lname(el.tag)
    if k in EVENTS:
        return 'event'
    if k in GATEWAYS:
        return 'gateway'
    if k in SUBPROCS:
        return 'sub'
    return 'task'


def layout_container(cont):
    lay = Layout()
    children = [c for c in cont if is_bpmn(c, FLOW_NODES)]
    by_id = {c.get('id'): c for c in children}
    evsub_ids = [c.get('id') for c in children
                 if lname(c.tag) in SUBPROCS and c.get('triggeredByEvent') == 'true']
    host_of = {}
    for c in children:
        if lname(c.tag) == 'boundaryEvent':
            h = c.get('attachedToRef')
            if h in by_id and h not in evsub_ids and lname(by_id[h].tag) != 'boundaryEvent':
                host_of[c.get('id')] = h
    main_ids = [c.get('id') for c in children
                if c.get('id') not in host_of and c.get('id') not in evsub_ids]
    main_set = set(main_ids)
    kind = {i: node_kind(by_id[i]) for i in by_id}

    # sizes (and recursive layout of subprocesses)
    size = {}
    sublay = {}
    for c in children:
        cid = c.get('id')
        k = kind[cid]
        if k == 'sub':
            sl = layout_container(c)
            bb = sl.bbox()
            if bb is None:
                w, h = SUB_MIN_W, SUB_MIN_H
            else:
                w = max(bb[2] - bb[0] + 2 * PAD, SUB_MIN_W)
                h = max(bb[3] - bb[1] + 2 * PAD, SUB_MIN_H)
                sl.shift(PAD - bb[0], PAD - bb[1])
            sublay[cid] = sl
            size[cid] = (int(round(w)), int(round(h)))
        elif k == 'event':
            size[cid] = (EVT, EVT)
        elif k == 'gateway':
            size[cid] = (GW, GW)
        else:
            size[cid] = (TASK_W, TASK_H)

    # edges of the layout graph
    edges = []
    for el in cont:
        if is_bpmn(el, {'sequenceFlow'}):
            s, t = el.get('sourceRef'), el.get('targetRef')
            if s not in by_id or t not in by_id:
                continue
            es = host_of.get(s, s)
            edges.append({'id': el.get('id'), 'src': s, 'tgt': t, 'es': es,
                          'boundary': s in host_of, 'elem': el, 'assoc': False,
                          'layout': es in main_set and t in main_set})
    for el in cont:
        if is_bpmn(el, {'association'}):
            s, t = el.get('sourceRef'), el.get('targetRef')
            if s in host_of and t in main_set:
                edges.append({'id': el.get('id'), 'src': s, 'tgt': t, 'es': host_of[s],
                              'boundary': True, 'elem': el, 'assoc': True, 'layout': True})
    gedges = [e for e in edges if e['layout']]
    out = {n: [] for n in main_ids}
    indeg = {n: 0 for n in main_ids}
    for e in gedges:
        out[e['es']].append(e)
        indeg[e['tgt']] += 1

    # roots in document order: start events first
    roots = [n for n in main_ids if lname(by_id[n].tag) == 'startEvent' and indeg[n] == 0]
    roots += [n for n in main_ids if indeg[n] == 0 and n not in roots]
    roots += [n for n in main_ids if n not in roots]

    # back-edges by DFS
    state = {}
    for e in gedges:
        e['back'] = False
    for r in roots:
        if r in state:
            continue
        state[r] = 1
        stack = [(r, iter(out[r]))]
        while stack:
            n, it = stack[-1]
            e = next(it, None)
            if e is None:
                state[n] = 2
                stack.pop()
                continue
            t = e['tgt']
            st = state.get(t)
            if st == 1:
                e['back'] = True
            elif st is None:
                state[t] = 1
                stack.append((t, iter(out[t])))

    # longest-path layering
    fin = {n: 0 for n in main_ids}
    for e in gedges:
        if not e['back']:
            fin[e['tgt']] += 1
    layer = {n: 0 for n in main_ids}
    ready = [n for n in main_ids if fin[n] == 0]
    pos = {n: i for i, n in enumerate(main_ids)}
    seen = 0
    while ready:
        n = ready.pop(0)
        seen += 1
        for e in out[n]:
            if e['back']:
                continue
            t = e['tgt']
            layer[t] = max(layer[t], layer[n] + 1)
            fin[t] -= 1
            if fin[t] == 0:
                ready.append(t)
                ready.sort(key=lambda x: pos[x])

    # boundary events of each host, in document order
    bnds_of = {}
    for b, h in host_of.items():
        bnds_of.setdefault(h, []).append(b)

    # tracks (rows)
    track_of = {}
    tracks = []

    def new_track(parent):
        tracks.append({'parent': parent, 'nodes': []})
        return len(tracks) - 1

    def visit(n, t):
        track_of[n] = t
        tracks[t]['nodes'].append(n)
        normal = [e for e in out[n] if not e['back'] and not e['boundary']]
        # boundary flows: rightmost boundary event first -> nearest row
        blist = bnds_of.get(n, [])
        bflows = [e for e in out[n] if not e['back'] and e['boundary']]
        bflows.sort(key=lambda e: (-blist.index(e['src']), edges.index(e)))
        continued = False
        for e in normal:
            tg = e['tgt']
            if tg in track_of:
                continue
            if not continued:
                continued = True
                visit(tg, t)
            else:
                visit(tg, new_track(t))
        for e in bflows:
            tg = e['tgt']
            if tg in track_of:
                continue
            visit(tg, new_track(t))

    old_limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old_limit, 10000 + 10 * len(main_ids)))
    for r in roots:
        if r not in track_of:
            visit(r, new_track(None))
    sys.setrecursionlimit(old_limit)

    row_of_track = {}
    occupied = {}
    for ti, tr in enumerate(tracks):
        cols = [layer[n] for n in tr['nodes']]
        a, b = min(cols), max(cols)
        p = tr['parent']
        r = 0 if p is None else row_of_track[p] + 1
        while any(not (b < x or a > y) for x, y in occupied.get(r, [])):
            r += 1
        row_of_track[ti] = r
        occupied.setdefault(r, []).append((a, b))
    row = {n: row_of_track[track_of[n]] for n in main_ids}

    # grid geometry
    ncols = max(layer.values()) + 1 if main_ids else 0
    nrows = max(row.values()) + 1 if main_ids else 0
    colw = [MIN_COL_W] * ncols
    rowh = [MIN_ROW_H] * nrows
    labelled_after = [False] * ncols
    for n in main_ids:
        w, h = size[n]
        colw[layer[n]] = max(colw[layer[n]], w)
        rowh[row[n]] = max(rowh[row[n]], h)
    for e in gedges:
        if e['elem'].get('name') and not e['back']:
            labelled_after[layer[e['es']]] = True
    colx = []
    x = 0
    for c in range(ncols):
        colx.append(x)
        x += colw[c] + (COL_GAP_LABEL if labelled_after[c] else COL_GAP)
    rowy = []
    y = 0
    for r in range(nrows):
        rowy.append(y)
        y += rowh[r] + ROW_GAP

    for n in main_ids:
        w, h = size[n]
        c, r = layer[n], row[n]
        lay.shapes[n] = [int(round(colx[c] + (colw[c] - w) / 2.0)),
                         int(round(rowy[r] + (rowh[r] - h) / 2.0)), w, h]
        if n in sublay:
            lay.merge(sublay[n], lay.shapes[n][0], lay.shapes[n][1])

    # boundary events on the bottom border of their host
    for h, blist in bnds_of.items():
        hx, hy, hw, hh = lay.shapes[h]
        k = len(blist)
        step = max(hw / (k + 1.0), EVT + 8)
        total = step * (k - 1)
        for i, b in enumerate(blist):
            cx = hx + hw / 2.0 - total / 2.0 + i * step
            lay.shapes[b] = [int(round(cx - EVT / 2.0)), hy + hh - EVT // 2, EVT, EVT]

    # ---------------- edge routing
    all_rects = {i: lay.shapes[i] for i in main_ids + list(host_of)}
    channels = []  # (y, a, b) horizontal loop channels already used

    def gap_before(n):
        c = layer[n]
        return colx[c] - COL_GAP / 2.0

    def gap_after(n):
        c = layer[n]
        g = COL_GAP_LABEL if labelled_after[c] else COL_GAP
        return colx[c] + colw[c] + g / 2.0

    def free_channel(a, b, below, exclude_rects=()):
        a, b = min(a, b), max(a, b)
        rs = [r for r in all_rects.values() if r[0] < b + 2 and r[0] + r[2] > a - 2]
        if below:
            y = max(r[1] + r[3] for r in rs) + CHANNEL
        else:
            y = min(r[1] for r in rs) - CHANNEL
        moved = True
        while moved:
            moved = False
            for cy, ca, cb in channels:
                if abs(cy - y) < 10 and ca < b + 10 and cb > a - 10:
                    y = y + 12 if below else y - 12
                    moved = True
        return y

    def route(e):
        s, t = e['src'], e['tgt']
        S, T = lay.shapes[s], lay.shapes[t]
        sx, sy, sw, sh = S
        tx, ty, tw, th = T
        scx, scy = sx + sw / 2.0, sy + sh / 2.0
        tcx, tcy = tx + tw / 2.0, ty + th / 2.0
        sgw = kind[s] == 'gateway'
        tgw = kind[t] == 'gateway'
        obst = [r for i, r in all_rects.items() if i not in (s, t)]
        cands = []      # (priority list) forward candidates
        loops = []      # candidates chosen by length
        es, et = e['es'], t
        forward = (not e['back']) and tx > sx + sw
        if e['boundary']:
            bot = sy + sh
            gxT = gap_before(t) if t in layer else tx - COL_GAP / 2.0
            if tx > scx:
                if tcy > bot:
                    cands.append([(scx, bot), (scx, tcy), (tx, tcy)])
                cands.append([(scx, bot), (scx, bot + 20), (gxT, bot + 20), (gxT, tcy), (tx, tcy)])
                yb = max(bot, ty + th) + CHANNEL
                cands.append([(scx, bot), (scx, yb), (tcx, yb), (tcx, ty + th)])
            ych = free_channel(min(sx, tx), max(sx + sw, tx + tw), True)
            loops.append([(scx, bot), (scx, ych), (tcx, ych), (tcx, ty + th)])
            loops.append([(scx, bot), (scx, ych), (gxT, ych), (gxT, tcy), (tx, tcy)])
            if not forward:
                cands = []
        elif forward:
            gxS, gxT = gap_after(es), gap_before(et)
            if abs(scy - tcy) < 0.5:
                cands.append([(sx + sw, scy), (tx, tcy)])
            else:
                down = tcy > scy
                sedge = sy + sh if down else sy
                tedge = ty + th if not down else ty
                c_split = [(scx, sedge), (scx, tcy), (tx, tcy)]
                c_join = [(sx + sw, scy), (tcx, scy), (tcx, tedge)]
                # going down: prefer leaving a split gateway through its
                # bottom; going up: prefer entering a join through its bottom
                for c, ok in ((c_split, sgw), (c_join, tgw)) if down else ((c_join, tgw), (c_split, sgw)):
                    if ok:
                        cands.append(c)
                cands.append([(sx + sw, scy), (gxT, scy), (gxT, tcy), (tx, tcy)])
                cands.append([(sx + sw, scy), (gxS, scy), (gxS, tcy), (tx, tcy)])
                if not tgw:
                    cands.append([(sx + sw, scy), (tcx, scy), (tcx, tedge)])
                if not sgw:
                    cands.append([(scx, sedge), (scx, tcy), (tx, tcy)])
            for below in (True, False):
                ych = free_channel(sx + sw, tx, below)
                loops.append([(sx + sw, scy), (gxS, scy), (gxS, ych), (gxT, ych), (gxT, tcy), (tx, tcy)])
                if sgw:
                    se = sy + sh if below else sy
                    loops.append([(scx, se), (scx, ych), (gxT, ych), (gxT, tcy), (tx, tcy)])
                if tgw:
                    te = ty + th if below else ty
                    loops.append([(sx + sw, scy), (gxS, scy), (gxS, ych), (tcx, ych), (tcx, te)])
        else:
            if s == t:
                ych = sy + sh + CHANNEL
                loops.append([(sx + sw, scy), (sx + sw + 20, scy), (sx + sw + 20, ych),
                              (scx, ych), (scx, sy + sh)])
            else:
                gxS, gxT = gap_after(es), gap_before(et)
                a, b = min(sx, tx), max(sx + sw, tx + tw)
                for below in (True, False):
                    ych = free_channel(a, b, below)
                    se = sy + sh if below else sy
                    te = ty + th if below else ty
                    loops.append([(scx, se), (scx, ych), (tcx, ych), (tcx, te)])
                    loops.append([(sx + sw, scy), (gxS, scy), (gxS, ych), (tcx, ych), (tcx, te)])
                    loops.append([(scx, se), (scx, ych), (gxT, ych), (gxT, tcy), (tx, tcy)])
                    loops.append([(sx + sw, scy), (gxS, scy), (gxS, ych), (gxT, ych), (gxT, tcy), (tx, tcy)])
        best = None
        for c in cands:
            if path_hits(c, obst) == 0:
                best = c
                break
        if best is None:
            scored = [(path_hits(c, obst), path_len(c), i, c) for i, c in enumerate(loops + cands)]
            if scored:
                scored.sort(key=lambda x: (x[0], x[1], x[2]))
                best = scored[0][3]
            else:
                best = [(scx, scy), (tcx, tcy)]
        if best in loops:
            # remember horizontal channel segments so loops do not coincide
            for i in range(len(best) - 1):
                (x1, y1), (x2, y2) = best[i], best[i + 1]
                if y1 == y2 and i not in (0, len(best) - 2):
                    channels.append((y1, min(x1, x2), max(x1, x2)))
        return clean_path(best)

    for e in edges:
        if e['src'] in lay.shapes and e['tgt'] in lay.shapes:
            lay.edges[e['id']] = route(e)

    # ---------------- labels
    for n in main_ids + list(host_of):
        el = by_id[n]
        name = (el.get('name') or '').strip()
        if not name or kind[n] not in ('event', 'gateway'):
            continue
        x, y, w, h = lay.shapes[n]
        cx = x + w / 2.0
        bottom = y + h
        lw, lh = label_size(name)
        b_out = b_in = top_used = False
        for e in edges:
            pts = lay.edges.get(e['id'])
            if not pts:
                continue
            if e['src'] == n and pts[0] == (int(round(cx)), bottom):
                b_out = True
            if e['tgt'] == n and pts[-1] == (int(round(cx)), bottom):
                b_in = True
            if (e['src'] == n and pts[0][1] == y) or (e['tgt'] == n and pts[-1][1] == y):
                top_used = True
        if n in host_of:
            lx, ly = cx + 8, bottom + 4
        elif not b_out and not b_in:
            lx, ly = cx - lw / 2.0, bottom + 7
        elif b_out and not b_in:
            lx, ly = cx - 6 - lw, bottom + 5
        elif b_in and not b_out:
            lx, ly = cx + 6, bottom + 5
        elif not top_used:
            lx, ly = cx - lw / 2.0, y - 7 - lh
        else:
            lx, ly = cx + 6, bottom + 5
        lay.labels[n] = [int(round(lx)), int(round(ly)), lw, lh]
    placed = [list(r) for r in lay.labels.values()] + [list(r) for r in all_rects.values()]
    for e in edges:
        name = (e['elem'].get('name') or '').strip()
        pts = lay.edges.get(e['id'])
        if not name or not pts:
            continue
        lw, lh = label_size(name)
        cands = []
        (x0, y0), (x1, y1) = pts[0], pts[1]
        if x0 == x1 and len(pts) > 2 and pts[2][1] == y1:
            # vertical start (e.g. out of a gateway's bottom, shared by several
            # branches): label above/below the following horizontal segment
            x2 = pts[2][0]
            lx = x1 + 6 if x2 >= x1 else x1 - 6 - lw
            cands += [(lx, y1 - 4 - lh), (lx, y1 + 4)]
            cands += [(x0 + 6, y0 + 6 if y1 > y0 else y0 - 6 - lh)]
        elif y0 == y1:
            lx = x0 + 6 if x1 >= x0 else x0 - 6 - lw
            above, below = (lx, y0 - 4 - lh), (lx, y0 + 4)
            if len(pts) > 2 and pts[2][1] > y1:
                cands += [below, above]     # path turns down: below first
            else:
                cands += [above, below]
            if len(pts) > 2:
                # along the second (vertical) segment
                cands += [(x1 + 6, min(y1, pts[2][1]) + 6), (x1 - 6 - lw, min(y1, pts[2][1]) + 6)]
        else:
            cands += [(x0 + 6, y0 + 6 if y1 > y0 else y0 - 6 - lh),
                      (x0 - 6 - lw, y0 + 6 if y1 > y0 else y0 - 6 - lh)]
        choice = cands[0]
        for cx_, cy_ in cands:
            r = [cx_, cy_, lw, lh]
            if not any(rects_overlap(r, o) for o in placed):
                choice = (cx_, cy_)
                break
        r = [int(round(choice[0])), int(round(choice[1])), lw, lh]
        placed.append(r)
        lay.labels[e['id']] = r

    # ---------------- event subprocesses below the main layout
    if evsub_ids:
        bb = lay.bbox()
        x0 = bb[0] if bb else 0
        y0 = (bb[3] + ROW_GAP + 10) if bb else 0
        x = x0
        for n in evsub_ids:
            w, h = size[n]
            lay.shapes[n] = [int(round(x)), int(round(y0)), w, h]
            lay.merge(sublay[n], lay.shapes[n][0], lay.shapes[n][1])
            x += w + COL_GAP
    return lay


# --------------------------------------------------------------------------
# XML I/O

def read_namespaces(path):
    nsmap = []
    for ev, item in ET.iterparse(path, events=('start-ns',)):
        nsmap.append(item)
    return nsmap


def register_namespaces(nsmap):
    used_uris = {}
    for prefix, uri in nsmap:
        if uri not in used_uris:
            used_uris[uri] = prefix
    for prefix, uri in NS.items():
        if uri not in used_uris:
            used_uris[uri] = prefix
    for uri, prefix in used_uris.items():
        try:
            ET.register_namespace(prefix, uri)
        except ValueError:
            pass
    return used_uris


def parse(path):
    parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True, insert_pis=True))
    return ET.parse(path, parser)


def choose_process(root):
    procs = [p for p in root if is_bpmn(p, {'process'})]
    for p in procs:
        if p.get('isExecutable') == 'true':
            return p
    return procs[0] if procs else None


def all_ids(root):
    return {el.get('id') for el in root.iter() if el.get('id')}


def build_di(root, proc, lay):
    ids = all_ids(root)

    def uniq(base):
        i = base
        n = 1
        while i in ids:
            n += 1
            i = '%s_%d' % (base, n)
        ids.add(i)
        return i

    diag = ET.SubElement(root, q('bpmndi', 'BPMNDiagram'), {'id': uniq('BPMNDiagram_1')})
    plane = ET.SubElement(diag, q('bpmndi', 'BPMNPlane'),
                          {'id': uniq('BPMNPlane_1'), 'bpmnElement': proc.get('id')})

    def bounds(parent, r):
        ET.SubElement(parent, q('dc', 'Bounds'), {
            'x': str(int(r[0])), 'y': str(int(r[1])),
            'width': str(int(r[2])), 'height': str(int(r[3]))})

    def emit(cont):
        for el in cont:
            if is_bpmn(el, FLOW_NODES) and el.get('id') in lay.shapes:
                eid = el.get('id')
                attrs = {'id': uniq(eid + '_di'), 'bpmnElement': eid}
                k = lname(el.tag)
                if k == 'exclusiveGateway':
                    attrs['isMarkerVisible'] = 'true'
                if k in SUBPROCS:
                    attrs['isExpanded'] = 'true'
                sh = ET.SubElement(plane, q('bpmndi', 'BPMNShape'), attrs)
                bounds(sh, lay.shapes[eid])
                if eid in lay.labels:
                    lb = ET.SubElement(sh, q('bpmndi', 'BPMNLabel'))
                    bounds(lb, lay.labels[eid])
                if k in SUBPROCS:
                    emit(el)
        for el in cont:
            if is_bpmn(el, {'sequenceFlow', 'association'}) and el.get('id') in lay.edges:
                eid = el.get('id')
                ed = ET.SubElement(plane, q('bpmndi', 'BPMNEdge'),
                                   {'id': uniq(eid + '_di'), 'bpmnElement': eid})
                for x, y in lay.edges[eid]:
                    ET.SubElement(ed, q('di', 'waypoint'), {'x': str(int(x)), 'y': str(int(y))})
                if eid in lay.labels:
                    lb = ET.SubElement(ed, q('bpmndi', 'BPMNLabel'))
                    bounds(lb, lay.labels[eid])

    emit(proc)


def layout_file(path):
    nsmap = read_namespaces(path)
    register_namespaces(nsmap)
    tree = parse(path)
    root = tree.getroot()
    for d in [c for c in root if c.tag == q('bpmndi', 'BPMNDiagram')]:
        root.remove(d)
    proc = choose_process(root)
    if proc is None:
        raise SystemExit('%s: no bpmn:process found' % path)
    lay = layout_container(proc)
    bb = lay.bbox()
    if bb:
        lay.shift(ORIGIN_X - bb[0], ORIGIN_Y - bb[1])
    build_di(root, proc, lay)
    ET.indent(tree, space='  ')
    body = ET.tostring(root, encoding='unicode')
    # re-add namespace declarations of the root that ElementTree dropped
    # because they were unused by element/attribute names (e.g. used in values)
    m = re.match(r'<[^\s>]+', body)
    head_end = body.index('>')
    head = body[:head_end]
    extra = ''
    for prefix, uri in nsmap:
        decl = 'xmlns:%s=' % prefix if prefix else 'xmlns='
        if decl not in head and (' %s"%s"' % (decl, uri)) not in extra:
            extra += ' %s"%s"' % (decl, uri.replace('&', '&amp;').replace('"', '&quot;'))
    if extra and m:
        body = body[:m.end()] + extra + body[m.end():]
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        f.write(body)
        f.write('\n')


# --------------------------------------------------------------------------
# check

def check_file(path, strict=False):
    problems = []
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as ex:
        return ['%s: XML parse error: %s' % (path, ex)]
    proc = choose_process(root)
    if proc is None:
        return ['%s: no bpmn:process found' % path]
    shapes, edges = {}, {}
    for sh in root.iter(q('bpmndi', 'BPMNShape')):
        b = sh.find(q('dc', 'Bounds'))
        if b is not None:
            shapes[sh.get('bpmnElement')] = tuple(float(b.get(k)) for k in ('x', 'y', 'width', 'height'))
    for ed in root.iter(q('bpmndi', 'BPMNEdge')):
        edges[ed.get('bpmnElement')] = [(float(w.get('x')), float(w.get('y')))
                                        for w in ed.findall(q('di', 'waypoint'))]

    def walk(cont, parent_rect):
        nodes = [c for c in cont if is_bpmn(c, FLOW_NODES)]
        host = {c.get('id'): c.get('attachedToRef') for c in nodes
                if lname(c.tag) == 'boundaryEvent'}
        present = []
        for c in nodes:
            cid = c.get('id')
            if cid not in shapes:
                problems.append('%s: flow node %s has no shape' % (path, cid))
                continue
            present.append(cid)
            r = shapes[cid]
            if parent_rect is not None:
                cx, cy = r[0] + r[2] / 2, r[1] + r[3] / 2
                px, py, pw, ph = parent_rect
                if not (px <= cx <= px + pw and py <= cy <= py + ph):
                    problems.append('%s: %s lies outside its subprocess' % (path, cid))
            if cid in host and host[cid] in shapes and not rects_overlap(r, shapes[host[cid]]):
                problems.append('%s: boundary event %s is not on its host' % (path, cid))
        for i in range(len(present)):
            for j in range(i + 1, len(present)):
                a, b = present[i], present[j]
                if host.get(a) == b or host.get(b) == a:
                    continue
                if rects_overlap(shapes[a], shapes[b]):
                    problems.append('%s: shapes %s and %s overlap' % (path, a, b))
        for f in cont:
            if not is_bpmn(f, {'sequenceFlow'}):
                continue
            fid = f.get('id')
            pts = edges.get(fid)
            if pts is None:
                problems.append('%s: sequence flow %s has no edge' % (path, fid))
                continue
            if len(pts) < 2:
                problems.append('%s: edge %s has < 2 waypoints' % (path, fid))
                continue
            for k in range(len(pts) - 1):
                (x1, y1), (x2, y2) = pts[k], pts[k + 1]
                if abs(x1 - x2) > 0.5 and abs(y1 - y2) > 0.5:
                    problems.append('%s: edge %s has a diagonal segment' % (path, fid))
                    break
            if strict:
                skip = {f.get('sourceRef'), f.get('targetRef')}
                src = f.get('sourceRef')
                if src in host:
                    skip.add(host[src])
                for nid in present:
                    if nid in skip:
                        continue
                    r = shapes[nid]
                    if any(seg_hits_rect(pts[k], pts[k + 1], r, m=-1) for k in range(len(pts) - 1)):
                        problems.append('%s: edge %s runs through %s' % (path, fid, nid))
        for c in nodes:
            if lname(c.tag) in SUBPROCS and c.get('id') in shapes:
                walk(c, shapes[c.get('id')])

    walk(proc, None)
    return problems


def main(argv):
    args = [a for a in argv if not a.startswith('--')]
    flags = [a for a in argv if a.startswith('--')]
    unknown = [f for f in flags if f not in ('--check', '--strict', '--help')]
    if '--help' in flags or not args or unknown:
        print(__doc__.strip())
        return 0 if '--help' in flags else 2
    if '--check' in flags:
        problems = []
        for p in args:
            problems += check_file(p, strict='--strict' in flags)
        for pr in problems:
            print(pr)
        return 1 if problems else 0
    for p in args:
        layout_file(p)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
