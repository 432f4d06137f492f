#!/usr/bin/env python3
"""Seeded random protocol-shaped models: the model-level features gen_models.py's typed
expression models do not reach (gen_models.generate hands it the seeds >= WIDE_BASE).

    gen_wide.py SEED... [--out DIR]      writes DIR/W<SEED>.tla, .cfg (and W<SEED>Abs.tla)

A model is a small message-passing protocol over the model values Procs: a process state
`pc` (a function into strings) and some of a message bag (a set of records), a queue (a
sequence of records), per-process counters, per-process channels (a function of
sequences) and a bounded total. Its actions take a process parameter (`A(p)`, Next is
`\\E p \\in Procs : ...`), pick messages with `\\E m \\in {set of records} : ...`, and use
CASE, IF, LET with parameters, RECURSIVE operators, a recursive function, UNCHANGED of
tuples, TLCGet("level") and PrintT. The cfg mixes invariants (some violated), action
properties `[][A]_v`, liveness (`<>P`, `[]<>P`, `P ~> Q`, `\\A p : P(p) ~> Q(p)`) under
WF/SF of parameterised actions (`\\A p \\in Procs : WF_vars(A(p))`), a refinement
PROPERTY `Abs!Spec` of an INSTANCE ... WITH of a second module, SYMMETRY Permutations(Procs)
(then Procs is used only symmetrically), VIEW, CONSTRAINT, ACTION_CONSTRAINT, deadlock
checking on or off, Init that enumerates function sets, and sometimes one run-time error
(a type error, CHOOSE without a witness, a function applied outside its domain, a missing
record field, a failing Assert) whose exit code and reported state must match TLC's.
Same seed, same text (only random.Random.random() is used); GEN_VERSION changes whenever
the text for a seed does.
"""

import argparse
import os
import random

GEN_VERSION = "w1"
WIDE_BASE = 100000
STATES = '{"idle", "wait", "done"}'


def append_checks(lines, cfg, invs, constraint, act_constraint, view, symmetric, deadlock):
    """The end of a generated module and its cfg, shared with gen_models: invariants, the
    (already joined) CONSTRAINT, ACTION_CONSTRAINT, VIEW, SYMMETRY, deadlock, "====".
    """
    for i, inv in enumerate(invs):
        lines.append(f"Inv{i + 1} == {inv}")
        cfg.append(f"INVARIANT Inv{i + 1}")
    if constraint:
        lines.append(f"Constr == {constraint}")
        cfg.append("CONSTRAINT Constr")
    if act_constraint:
        lines.append(f"ActConstr == {act_constraint}")
        cfg.append("ACTION_CONSTRAINT ActConstr")
    if view:
        lines.append(f"View == {view}")
        cfg.append("VIEW View")
    if symmetric:
        lines.append("Sym == Permutations(Procs)")
        cfg.append("SYMMETRY Sym")
    if not deadlock:
        cfg.append("CHECK_DEADLOCK FALSE")
    lines.append("====")


class Wide:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.seed = seed
        self.name = f"W{seed}"
        self.defs, self.extra = [], {}

    # -- randomness ------------------------------------------------------------------
    def below(self, n):
        return min(n - 1, int(self.r.random() * n))

    def pick(self, xs):
        return xs[self.below(len(xs))]

    def chance(self, p):
        return self.r.random() < p

    def some(self, xs, lo=1):
        """A random non-empty (at least lo) sub-list of xs, in xs's order."""
        while True:
            out = [x for x in xs if self.chance(0.5)]
            if len(out) >= min(lo, len(xs)):
                return out

    # -- the model's shape -----------------------------------------------------------
    def shape(self):
        self.nprocs = 2 + self.below(2)
        self.V = 1 + self.below(2)          # message values 0..V
        self.C = 1 + self.below(3)          # counters 0..C
        self.L = 1 + self.below(3)          # queue / channel bound
        self.K = 1 + self.below(3)          # bag bound (CONSTRAINT or guard)
        self.symmetric = self.chance(0.2)
        self.vars = ["pc"] + self.some(["msgs", "q", "cnt", "chan", "tot"], 1)
        if self.nprocs == 3:  # keep the state space small: pc and at most two more, no channels
            self.vars = [v for v in self.vars if v != "chan"][:3] or ["pc", "cnt"]
        self.hazard = self.pick(["type", "choose", "domain", "field", "assert", "head"]) \
            if self.chance(0.2) else None
        self.level_guard = self.chance(0.1)
        self.print = self.chance(0.1)

    def has(self, v):
        return v in self.vars

    def others(self, changed):
        rest = [v for v in self.vars if v not in changed]
        if not rest:
            return None
        if len(rest) == 1 and self.chance(0.5):
            return f"UNCHANGED {rest[0]}"
        if len(rest) > 2 and self.chance(0.3):  # nested tuple: UNCHANGED flattens it
            return f"UNCHANGED <<{rest[0]}, <<{', '.join(rest[1:])}>>>>"
        return f"UNCHANGED <<{', '.join(rest)}>>"

    # -- helper definitions ------------------------------------------------------------
    def helpers(self):
        d = self.defs
        d.append(f"Val == 0..{self.V}")
        if self.has("msgs"):
            d.append(f'Msg == [type : {{"req", "ack"}}, src : Procs, val : Val]')
        if self.has("q"):
            d.append("Item == [src : Procs, val : Val]")
        self.rec_sum = self.chance(0.5)
        if self.rec_sum:
            d.append("RECURSIVE SumSet(_)\n"
                     "SumSet(S) == IF S = {} THEN 0 ELSE LET e == CHOOSE e \\in S : TRUE IN e + SumSet(S \\ {e})")
        self.rec_seq = self.has("q") and self.chance(0.5)
        if self.rec_seq:
            d.append("RECURSIVE SeqVals(_)\n"
                     "SeqVals(s) == IF s = <<>> THEN 0 ELSE Head(s).val + SeqVals(Tail(s))")
        self.rec_fun = self.chance(0.4)
        top = 6 if self.hazard != "domain" else 2
        if self.rec_fun:
            d.append(f"tri[k \\in 0..{top}] == IF k = 0 THEN 0 ELSE k + tri[k - 1]")
        d.append(f"Inc(v, m) == IF v >= m THEN 0 ELSE v + 1")
        d.append("Max(S) == CHOOSE x \\in S : \\A y \\in S : x >= y")
        if self.has("msgs"):
            d.append('Count(t) == Cardinality({m \\in msgs : m.type = t})')

    # -- values (an Int in 0..V) ------------------------------------------------------
    def val(self, p):
        V1 = self.V + 1
        opts = [f"0", f"{self.V}", f"IF pc[{p}] = \"idle\" THEN 0 ELSE {self.V}"]
        if self.has("cnt"):
            opts += [f"cnt[{p}] % {V1}", f"(CASE cnt[{p}] = 0 -> {self.V} [] cnt[{p}] = 1 -> 0 [] OTHER -> 1) % {V1}"]
        if self.has("msgs"):
            opts += [f"Cardinality(msgs) % {V1}", f"(LET k == Count(\"req\") IN k) % {V1}"]
            if self.rec_sum:
                opts.append(f"SumSet({{mm.val : mm \\in msgs}}) % {V1}")
        if self.has("q"):
            opts.append(f"Len(q) % {V1}")
            if self.rec_seq:
                opts.append(f"SeqVals(q) % {V1}")
        if self.has("tot"):
            opts.append(f"tot % {V1}")
        if self.rec_fun:
            lens = [f"Len(q)" for _ in [0] if self.has("q")] + [f"Cardinality(msgs)" for _ in [0] if self.has("msgs")]
            if lens:
                opts.append(f"tri[{self.pick(lens)}] % {V1}")
        return self.pick(opts)

    def guard(self, p):
        """An extra enabling condition of an action of process p."""
        opts = [f"pc[{p}] # \"done\"", f"\\E o \\in Procs : pc[o] = \"idle\"",
                f"Cardinality({{o \\in Procs : pc[o] = \"wait\"}}) < {self.nprocs}"]
        if self.has("cnt"):
            opts += [f"cnt[{p}] < {self.C}", f"\\A o \\in Procs : cnt[o] <= cnt[{p}] + 1",
                     f"Max({{cnt[o] : o \\in Procs}}) < {self.C}"]
        if self.has("msgs"):
            opts += [f"Count(\"ack\") <= Count(\"req\") + 1", f"~\\E m \\in msgs : m.src = {p} /\\ m.type = \"ack\""]
        if self.has("tot"):
            opts.append(f"tot < {self.C + 2}")
        return self.pick(opts)

    # -- actions -----------------------------------------------------------------------
    def actions(self):
        """(name, takes-p, text) of each action."""
        acts = []
        p = "p"

        def add(name, conj, changed, param=True):
            if self.chance(0.25):
                conj.insert(0, self.guard(p) if param else self.guard(f"(CHOOSE o \\in Procs : TRUE)")
                            if not self.symmetric else "TRUE")
            u = self.others(changed)
            if u:
                conj.append(u)
            head = f"{name}({p})" if param else name
            acts.append((name, param, f"{head} ==\n" + "\n".join(f"  /\\ {c}" for c in conj)))

        bag = self.has("msgs")
        bound = f"Cardinality(msgs) < {self.K}" if self.chance(0.5) else None
        # Send: idle -> wait, put a request in the bag / the queue / a channel
        conj, ch = [f"pc[p] = \"idle\""], ["pc"]
        conj.append('pc\' = [pc EXCEPT ![p] = "wait"]')
        if bag and (self.chance(0.7) or not (self.has("q") or self.has("chan"))):
            if bound:
                conj.insert(1, bound)
            conj.append(f"msgs' = msgs \\cup {{[type |-> \"req\", src |-> p, val |-> {self.val(p)}]}}")
            ch.append("msgs")
        elif self.has("q"):
            conj.insert(1, f"Len(q) < {self.L}")
            conj.append(f"q' = Append(q, [src |-> p, val |-> {self.val(p)}])")
            ch.append("q")
        if self.print:
            conj.append('PrintT(<<"send", p>>)')
        add("Send", conj, ch)
        if bag:
            # Reply: some other process answers a request with an ack
            if self.chance(0.5):
                s = "{m \\in msgs : m.type = \"req\" /\\ m.src # p}"
            else:
                s = "msgs"
            ack = (f"[type |-> \"ack\", src |-> m.src, val |-> "
                   + self.pick(["m.val", f"({self.val('p')})", f"LET f(a, b) == (a + b) % {self.V + 1} IN f(m.val, 1)"])
                   + "]")
            conj = [f"\\E m \\in {s} :\n       /\\ m.type = \"req\"\n"
                    f"       /\\ msgs' = (msgs \\ {{m}}) \\cup {{{ack}}}"]
            ch = ["msgs"]
            if self.has("cnt") and self.chance(0.5):
                conj.append(f"cnt' = [cnt EXCEPT ![p] = Inc(@, {self.C})]")
                ch.append("cnt")
            add("Reply", conj, ch)
            # Recv: the waiting sender consumes its ack
            conj = [f"pc[p] = \"wait\"",
                    f"\\E m \\in msgs : m.type = \"ack\" /\\ m.src = p /\\ msgs' = msgs \\ {{m}}",
                    'pc\' = [pc EXCEPT ![p] = "done"]']
            add("Recv", conj, ["pc", "msgs"])
        if self.has("q"):
            conj = [f"q # <<>>"] if self.hazard != "head" else []
            owner = self.chance(0.5)
            if owner:
                conj.append(f"Head(q).src = p" if self.hazard != "head" else "Head(q).src = p \\/ TRUE")
            ch = ["q"]
            conj.append(f"q' = Tail(q)")
            if self.has("cnt"):
                conj.append(f"cnt' = [cnt EXCEPT ![p] = (@ + Head(q).val) % {self.C + 1}]")
                ch.append("cnt")
            if not bag:
                conj.insert(0, 'pc[p] = "wait"')
                conj.append('pc\' = [pc EXCEPT ![p] = "done"]')
                ch.append("pc")
            add("Deq", conj, ch)
        if self.has("chan"):
            conj = [f"\\E o \\in Procs \\ {{p}} :\n       /\\ Len(chan[o]) < {self.L}\n"
                    f"       /\\ chan' = [chan EXCEPT ![o] = Append(@, {self.val('p')})]"]
            add("Put", conj, ["chan"])
            conj = ["chan[p] # <<>>"] if self.hazard != "head" else []
            ch = ["chan"]
            conj.append("chan' = [chan EXCEPT ![p] = Tail(@)]")
            if self.has("cnt") and self.chance(0.6):
                conj.append(f"cnt' = [cnt EXCEPT ![p] = Max({{@, Head(chan[p])}}) % {self.C + 1}]")
                ch.append("cnt")
            add("Take", conj, ch)
        if self.has("cnt"):
            upd = self.pick([
                f"cnt' = [cnt EXCEPT ![p] = CASE @ = 0 -> 1 [] @ < {self.C} -> @ + 1 [] OTHER -> 0]",
                f"cnt' = [cnt EXCEPT ![p] = Inc(@, {self.C})]",
                f"LET up(a) == IF a < {self.C} THEN a + 1 ELSE a IN cnt' = [o \\in Procs |-> IF o = p THEN up(cnt[o]) ELSE cnt[o]]",
                f"\\E v \\in 0..{self.C} : v # cnt[p] /\\ cnt' = [cnt EXCEPT ![p] = v]",
            ])
            conj = [f"pc[p] # \"idle\"" if self.chance(0.5) else "TRUE", upd]
            add("Bump", conj, ["cnt"])
        if self.has("tot"):
            rhs = self.pick(["tot + 1", f"IF tot < {self.C + 2} THEN tot + 1 ELSE 0",
                             "LET d == Cardinality({o \\in Procs : pc[o] = \"done\"}) IN tot + d + 1"])
            conj = [f"tot' = {rhs}"]
            if self.level_guard:
                conj.insert(0, f"TLCGet(\"level\") < {4 + self.below(4)}")
            add("Tick", conj, ["tot"], param=False)
        # Reset: done -> idle (sometimes absent: then runs end in done, a deadlock)
        if self.chance(0.7):
            conj = ['pc[p] = "done"', 'pc\' = [pc EXCEPT ![p] = "idle"]']
            ch = ["pc"]
            if self.has("cnt") and self.chance(0.4):
                conj.append(f"cnt' = [cnt EXCEPT ![p] = 0]")
                ch.append("cnt")
            add("Reset", conj, ch)
        elif self.chance(0.5):
            conj = ['\\A o \\in Procs : pc[o] = "done"', "UNCHANGED vars"]
            acts.append(("Finish", False, "Finish ==\n" + "\n".join(f"  /\\ {c}" for c in conj)))
        self.plant_hazard(acts)
        return acts

    def plant_hazard(self, acts):
        h = self.hazard
        if h in (None, "head"):
            return
        text = {
            "type": 'pc[p] + 1 > 0',
            "choose": f"(CHOOSE v \\in Val : v > {self.V}) = 0",
            "domain": "tri[" + ("Len(q) + 2" if self.has("q") else "Cardinality(msgs) + 2" if self.has("msgs")
                                 else "3") + "] >= 0" if self.rec_fun else "[o \\in Procs |-> 0][p] = 0",
            "field": "[a |-> 1].b = 1" if not self.has("msgs") else "\\A m \\in msgs : m.type # \"ack\" \\/ m.dst = p",
            "assert": "Assert(" + (f"Cardinality(msgs) < {self.K}" if self.has("msgs") else
                                   f"Len(q) < {self.L}" if self.has("q") else 'pc[p] # "done"') + ', "bound")',
        }[h]
        i = self.below(len(acts))
        name, param, body = acts[i]
        if not param:
            text = text.replace("[p]", "[CHOOSE o \\in Procs : TRUE]").replace("= p", "# {}")
        lines = body.split("\n")
        tops = [j for j, line in enumerate(lines) if line.startswith("  /\\ ")] + [len(lines)]
        lines.insert(self.pick(tops), f"  /\\ {text}")
        acts[i] = (name, param, "\n".join(lines))

    # -- Init --------------------------------------------------------------------------
    def init(self):
        conj = []
        conj.append(self.pick(['pc = [o \\in Procs |-> "idle"]', 'pc = [o \\in Procs |-> "idle"]',
                               'pc \\in [Procs -> {"idle", "wait"}]']))
        if self.has("msgs"):
            conj.append("msgs = {}")
        if self.has("q"):
            conj.append("q = <<>>")
        if self.has("cnt"):
            conj.append(self.pick(["cnt = [o \\in Procs |-> 0]", f"cnt \\in [Procs -> 0..{self.C}]"]))
        if self.has("chan"):
            conj.append(self.pick(["chan = [o \\in Procs |-> <<>>]",
                                   f"chan \\in [Procs -> {{<<>>, <<{self.V}>>}}]"]))
        if self.has("tot"):
            conj.append(self.pick(["tot = 0", f"tot \\in 0..{self.C}"]))
        return conj

    # -- cfg formulas ------------------------------------------------------------------
    def type_ok(self):
        t = [f"pc \\in [Procs -> {STATES}]"]
        if self.has("msgs"):
            t.append("msgs \\subseteq Msg")
        if self.has("q"):
            t.append(f"q \\in Seq(Item)")
        if self.has("cnt"):
            t.append(f"cnt \\in [Procs -> 0..{self.C}]")
        if self.has("chan"):
            t.append(f"\\A o \\in Procs : Len(chan[o]) <= {self.L}")
        if self.has("tot"):
            t.append("tot \\in Nat")
        return " /\\ ".join(t)

    def invariant(self):
        opts = [lambda: self.type_ok(),
                lambda: f"Cardinality({{o \\in Procs : pc[o] = \"done\"}}) <= {self.below(self.nprocs + 1)}",
                lambda: '\\A o \\in Procs : pc[o] = "idle" \\/ pc[o] = "wait" \\/ pc[o] = "done"']
        if self.has("msgs"):
            opts += [lambda: f"Cardinality(msgs) <= {self.below(self.K + 1)}",
                     lambda: '\\A m \\in msgs : m.type = "ack" => pc[m.src] = "wait"']
        if self.has("q"):
            opts.append(lambda: f"Len(q) < {self.L}")
            if self.rec_seq:
                opts.append(lambda: f"SeqVals(q) <= {self.V}")
        if self.has("cnt"):
            opts.append(lambda: f"\\A o \\in Procs : pc[o] = \"done\" => cnt[o] # {self.C}")
            if self.rec_sum:
                opts.append(lambda: f"SumSet({{cnt[o] : o \\in Procs}}) < {self.C + self.below(2)}")
        if self.has("tot"):
            opts.append(lambda: f"tot <= {self.C + self.below(3)}")
        return self.pick(opts)()

    def done_pred(self, p):
        opts = [f"pc[{p}] = \"done\"", f"pc[{p}] # \"wait\"", f"pc[{p}] = \"idle\""]
        if self.has("cnt"):
            opts.append(f"cnt[{p}] = {self.C}")
        return self.pick(opts)

    def liveness(self):
        opts = [lambda: f"<>(\\E o \\in Procs : {self.done_pred('o')})",
                lambda: f"[]<>(\\A o \\in Procs : {self.done_pred('o')})",
                lambda: f"\\A o \\in Procs : (pc[o] = \"wait\") ~> ({self.done_pred('o')})",
                lambda: f"<>[](\\E o \\in Procs : {self.done_pred('o')})"]
        if self.has("msgs"):
            opts.append(lambda: "[]<>(msgs = {})")
            opts.append(lambda: '(Count("req") > 0) ~> (Count("ack") > 0)')
        return self.pick(opts)()

    def action_prop(self):
        opts = ['[][\\A o \\in Procs : pc[o] = "done" => pc\'[o] # "wait"]_pc',
                '[][\\A o \\in Procs : pc[o] = "idle" => pc\'[o] # "done"]_vars']
        if self.has("cnt"):
            opts.append("[][\\A o \\in Procs : cnt'[o] >= cnt[o]]_cnt")
        if self.has("tot"):
            opts.append("[][tot' > tot]_tot")
        if self.has("msgs"):
            opts.append("[][Cardinality(msgs') <= Cardinality(msgs) + 1]_msgs")
        return self.pick(opts)

    def action_constraint(self):
        opts = ['\\A o \\in Procs : pc[o] = "done" => pc\'[o] # "idle"']
        if self.has("cnt"):
            opts.append(f"\\A o \\in Procs : cnt'[o] # {self.C} \\/ cnt[o] = {self.C}")
        if self.has("msgs"):
            opts.append("Cardinality(msgs') # 2")
        if self.has("q"):
            opts.append("Len(q') <= Len(q) \\/ Len(q) = 0")
        return self.pick(opts)

    def refinement(self):
        """The abstract module and the expression that maps the concrete state onto it."""
        maps = ['Cardinality({o \\in Procs : pc[o] = "done"})', 'Cardinality({o \\in Procs : pc[o] # "idle"})']
        if self.has("msgs"):
            maps.append("Cardinality(msgs)")
        if self.has("q"):
            maps.append("Len(q)")
        if self.has("tot"):
            maps.append("tot")
        expr = self.pick(maps)
        cap = self.pick([self.nprocs, self.nprocs - 1, self.K, 2])
        nexts = self.pick([["Up", "Down"], ["Up"], ["Up", "Reset"], ["Up", "Down", "Reset"]])
        fair = self.chance(0.3)
        a = f"{self.name}Abs"
        text = [f"---- MODULE {a} ----", "EXTENDS Integers", "CONSTANT Cap", "VARIABLE n",
                self.pick(["Init == n = 0", "Init == n \\in 0..Cap"]),
                "Up == n < Cap /\\ n' = n + 1", "Down == n > 0 /\\ n' = n - 1", "Reset == n' = 0",
                "Next == " + " \\/ ".join(nexts),
                "Spec == Init /\\ [][Next]_n" + (" /\\ WF_n(Next)" if fair else ""), "===="]
        self.extra[a] = "\n".join(text) + "\n"
        return f"Abs == INSTANCE {a} WITH n <- {expr}, Cap <- {cap}"

    # -- the model ---------------------------------------------------------------------
    def generate(self):
        self.shape()
        self.helpers()
        acts = self.actions()
        init = self.init()
        invs = [self.invariant() for _ in range(self.pick([0, 1, 1, 2]))]
        props, fair, kinds = [], [], set()
        if not self.symmetric and self.chance(0.35):
            props.append(self.liveness())
            kinds.add("live")
        if self.chance(0.2):
            props.append(self.action_prop())
        inst = None
        if self.chance(0.2):
            inst = self.refinement()
            props.append("Abs!Spec")
        if "live" in kinds or (props and self.chance(0.3)) or self.chance(0.1):
            for name, param, _ in acts:
                if self.chance(0.35):
                    wf = self.pick(["WF", "WF", "SF"])
                    fair.append(f"\\A p \\in Procs : {wf}_vars({name}(p))" if param else f"{wf}_vars({name})")
            if not fair or self.chance(0.2):
                fair.append("WF_vars(Next)")
        constraint = []
        if self.has("msgs") and self.chance(0.6):
            constraint.append(f"Cardinality(msgs) <= {self.K}")
        if self.has("tot"):
            constraint.append(f"tot <= {self.C + 3}")
        act_constraint = self.action_constraint() if self.chance(0.15) else None
        view = None
        if not props and not self.symmetric and self.chance(0.15) and len(self.vars) > 1:
            keep = self.some(self.vars[1:], 1)
            view = "<<" + ", ".join(["pc"] + keep[:-1]) + ">>" if len(keep) > 1 or self.chance(0.5) else "pc"
        deadlock = self.chance(0.5)
        return self.render(acts, init, invs, props, fair, constraint, act_constraint, view, deadlock, inst)

    def render(self, acts, init, invs, props, fair, constraint, act_constraint, view, deadlock, inst):
        mods = "Integers, Sequences, FiniteSets, TLC"
        lines = [f"---- MODULE {self.name} ----", f"EXTENDS {mods}", "CONSTANTS Procs",
                 f"VARIABLES {', '.join(self.vars)}", f"vars == <<{', '.join(self.vars)}>>", ""]
        lines += self.defs + [""]
        lines.append("Init ==\n" + "\n".join(f"  /\\ {c}" for c in init))
        lines += [""] + [t for _, _, t in acts] + [""]
        calls = [f"{n}(p)" for n, param, _ in acts if param]
        plain = [n for n, param, _ in acts if not param]
        nxt = []
        if calls:
            nxt.append("\\E p \\in Procs : " + " \\/ ".join(calls))
        nxt += plain
        lines.append("Next == " + " \\/ ".join(f"({x})" if len(nxt) > 1 else x for x in nxt))
        lines.append("Spec == Init /\\ [][Next]_vars" + "".join(f" /\\ ({f})" for f in fair))
        cfg = ["CONSTANT Procs = {" + ", ".join(f"p{i + 1}" for i in range(self.nprocs)) + "}"]
        if props or fair or self.chance(0.3):
            cfg.append("SPECIFICATION Spec")
        else:
            cfg += ["INIT Init", "NEXT Next"]
        if inst:
            lines.append(inst)
        for i, p in enumerate(props):
            lines.append(f"Prop{i + 1} == {p}")
            cfg.append(f"PROPERTY Prop{i + 1}")
        append_checks(lines, cfg, invs, " /\\ ".join(constraint), act_constraint, view, self.symmetric,
                      deadlock)
        return self.name, "\n".join(lines) + "\n", "\n".join(cfg) + "\n", self.extra


def generate(seed):
    """(module name, .tla text, .cfg text, {other module: text}) of the model for seed."""
    return Wide(seed).generate()


def main():
    import gen_models
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("seeds", nargs="+", type=int)
    ap.add_argument("--out", default=".")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for s in a.seeds:
        print(gen_models.write(s if s >= WIDE_BASE else s + WIDE_BASE, a.out))


if __name__ == "__main__":
    main()
