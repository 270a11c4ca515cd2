# Lists the entries of a new payer file that are not in the old one (by content), with their line numbers,
# and draws a seeded random sample of them.  usage: sample.py OLD NEW SEED FRACTION
import sys, yaml, json, random
def entries(path):
    root = yaml.compose(open(path))
    data = yaml.safe_load(open(path))
    out = []
    for k, v in root.value:
        key = k.value
        if isinstance(v, yaml.SequenceNode):
            for i, item in enumerate(v.value):
                out.append((key, item.start_mark.line + 1, json.dumps(data[key][i], sort_keys=True, default=str)))
        elif isinstance(v, yaml.MappingNode) and key == 'examples':
            for k2, v2 in v.value:
                for i, item in enumerate(v2.value):
                    out.append(('examples.' + k2.value, item.start_mark.line + 1, json.dumps(data[key][k2.value][i], sort_keys=True, default=str)))
    return out
old = {(s, t) for s, _, t in entries(sys.argv[1])}
new = [(s, l) for s, l, t in entries(sys.argv[2]) if (s, t) not in old and not s.startswith('examples') and s != 'sources']
random.seed(int(sys.argv[3]))
n = max(1, -(-len(new) * int(sys.argv[4]) // 100))
pick = sorted(random.sample(new, min(n, len(new))), key=lambda e: e[1])
print(f"# {sys.argv[2]}: {len(new)} new or changed entries; sample of {len(pick)} (seed {sys.argv[3]}, {sys.argv[4]} %)")
for s, l in pick: print(f"{s} line {l}")
