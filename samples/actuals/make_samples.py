#!/usr/bin/env python3
"""Writes the three sample actuals files (deterministic) and prints their totals with Decimal.

The files match the demo workspace (apps/api/src/scenarios/demoWorkspace.ts, preset
blackwell-vs-hopper): months 2027-01 to 2027-03, its applications and teams, so the default
mapping rules map most rows; a few rows (shared storage, kube-system, idle, a data-science team)
stay unmapped on purpose. Run: python3 samples/actuals/make_samples.py
"""
import csv, io, json, random
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).parent
rng = random.Random(18)
MONTHS = ['2027-01', '2027-02', '2027-03']
APPS = [  # id, team alias, model
    ('support-assistant', 'customer-operations', 'llama-3.3-70b'),
    ('code-assistant', 'engineering', 'gpt-oss-120b'),
    ('research-agent', 'strategy', 'gpt-oss-120b'),
    ('document-search', 'knowledge', 'llama-3.3-70b'),
    ('sales-copilot', 'revenue', 'llama-3.3-70b'),
]
END = {'2027-01': '2027-02', '2027-02': '2027-03', '2027-03': '2027-04'}

def cents(lo, hi):
    return Decimal(rng.randrange(int(lo * 100), int(hi * 100))) / 100

def focus():
    cols = ['BillingAccountId', 'ChargePeriodStart', 'ChargePeriodEnd', 'ChargeCategory', 'ChargeDescription', 'ProviderName',
            'ServiceName', 'ServiceCategory', 'ResourceId', 'SkuId', 'ListCost', 'BilledCost', 'EffectiveCost',
            'ConsumedQuantity', 'ConsumedUnit', 'BillingCurrency', 'Tags', 'x_CostCenter']
    rows = []
    for m in MONTHS:
        start, end = f'{m}-01T00:00:00Z', f'{END[m]}-01T00:00:00Z'
        for i, (app, team, _) in enumerate(APPS[:4]):
            billed = cents(18000, 42000)
            effective = (billed * Decimal('0.72')).quantize(Decimal('0.01'))  # savings plan
            rows.append(['123456789012', start, end, 'Usage', 'p5.48xlarge On Demand', 'AWS', 'Amazon Elastic Compute Cloud', 'Compute',
                         f'i-0{app[:3]}{i}a7c9e2f1b{i}', 'SKU-P5-48XL', str(billed), str(billed), str(effective), '744' if m != '2027-02' else '672',
                         'Hours', 'USD', json.dumps({'application': app, 'team': team}), f'CC-{100 + i}'])
        tokens = rng.randrange(800, 1600) * 1_000_000
        cost = (Decimal(tokens) / 1_000_000 * Decimal('0.72')).quantize(Decimal('0.01'))
        rows.append(['123456789012', start, end, 'Usage', 'Llama 3.3 70B input+output tokens', 'AWS', 'Amazon Bedrock', 'AI and Machine Learning',
                     'arn:aws:bedrock:us-east-1::foundation-model/meta.llama3-3-70b', 'SKU-BR-L33', str(cost), str(cost), str(cost), str(tokens),
                     'Tokens', 'USD', json.dumps({'application': 'sales-copilot'}), 'CC-104'])
        storage = cents(2500, 4800)
        rows.append(['123456789012', start, end, 'Usage', 'S3 Standard storage', 'AWS', 'Amazon Simple Storage Service', 'Storage',
                     'arn:aws:s3:::tokenplan-shared-datasets', 'SKU-S3-STD', str(storage), str(storage), str(storage), '182000', 'GB-Mo', 'USD', '', ''])
        support = cents(900, 1400)
        rows.append(['123456789012', start, end, 'Purchase', 'Enterprise Support', 'AWS', 'AWS Support (Enterprise)', 'Management and Governance',
                     '', 'SKU-SUP-ENT', str(support), str(support), '', '', '', 'USD', '', 'CC-900'])
        egress = cents(300, 700)
        rows.append(['123456789012', start, end, 'Usage', 'Data transfer out', 'AWS', 'Amazon Elastic Compute Cloud', 'Networking',
                     'i-0doc3a7c9e2f1b3', 'SKU-DTO', str(egress), str(egress), str(egress), '5120', 'GB', 'USD',
                     json.dumps({'application': 'document-search', 'team': 'knowledge'}), 'CC-103'])
    out = io.StringIO()
    w = csv.writer(out, lineterminator='\n')
    w.writerow(cols)
    w.writerows(rows)
    (HERE / 'focus-2027.csv').write_text(out.getvalue())
    cost = sum(Decimal(r[12]) if r[12] else Decimal(r[11]) for r in rows)
    tok = sum(Decimal(r[13]) for r in rows if r[14] == 'Tokens')
    return len(rows), cost, tok

def litellm():
    price = {'llama-3.3-70b': (Decimal('0.00000023'), Decimal('0.0000004')), 'gpt-oss-120b': (Decimal('0.00000015'), Decimal('0.0000006'))}
    recs = []
    n = 0
    for m in MONTHS:
        for k in range(12):
            n += 1
            if k == 11:
                app, team, model = None, 'data-science', 'gpt-oss-120b'
            else:
                app, team, model = APPS[k % 5]
            p, c = rng.randrange(200_000, 4_000_000), rng.randrange(20_000, 900_000)
            spend = p * price[model][0] + c * price[model][1]
            tags = [f'application:{app}'] if app and k % 3 == 0 else (['batch'] if k == 11 else [])
            day = 1 + (k * 2) % 28
            recs.append({
                'request_id': f'chatcmpl-{m.replace("-", "")}{k:02d}{rng.randrange(16**8):08x}',
                'call_type': 'acompletion', 'api_key': f'88dc28d0f0{k % 4}c5b1a9e', 'spend': float(spend),
                'total_tokens': p + c, 'prompt_tokens': p, 'completion_tokens': c,
                'startTime': f'{m}-{day:02d}T{(k * 7) % 24:02d}:14:09.{rng.randrange(10**6):06d}',
                'endTime': f'{m}-{day:02d}T{(k * 7) % 24:02d}:14:31.000000',
                'model': model, 'model_group': model, 'api_base': 'http://vllm.internal:8000/v1', 'user': '',
                'team_id': f'team-{team}',
                'metadata': {'user_api_key_alias': f'{team}-prod', 'user_api_key_team_id': f'team-{team}', 'user_api_key_team_alias': team},
                'request_tags': tags, 'cache_hit': 'False',
            })
    (HERE / 'litellm-spend-logs.json').write_text(json.dumps(recs, indent=2) + '\n')
    # Totals from the file's text, as a reader of the file sees it.
    back = json.loads((HERE / 'litellm-spend-logs.json').read_text(), parse_float=Decimal)
    return len(back), sum(r['spend'] for r in back), sum(r['prompt_tokens'] + r['completion_tokens'] for r in back)

def opencost():
    sets = []
    count = 0
    for m in MONTHS:
        s = {}
        for ns in [a[0] for a in APPS] + ['kube-system', '__idle__']:
            count += 1
            total = cents(28000, 95000) if ns not in ('kube-system', '__idle__') else cents(1500, 9000)
            gpu = (total * Decimal('0.81')).quantize(Decimal('0.01'))
            name = ns if ns == '__idle__' else f'inference/{ns}'
            s[name] = {
                'name': name,
                'properties': {} if ns == '__idle__' else {'cluster': 'gpu-prod-1', 'namespace': ns, 'labels': {'app_kubernetes_io_part_of': 'tokenplan-demo', **({'application': ns} if ns != 'kube-system' else {})}},
                'window': {'start': f'{m}-01T00:00:00Z', 'end': f'{END[m]}-01T00:00:00Z'},
                'start': f'{m}-01T00:00:00Z', 'end': f'{END[m]}-01T00:00:00Z',
                'cpuCost': float(((total - gpu) * Decimal('0.7')).quantize(Decimal('0.01'))), 'gpuCost': float(gpu),
                'ramCost': float((total - gpu - ((total - gpu) * Decimal('0.7')).quantize(Decimal('0.01')))),
                'totalCost': float(total),
            }
        sets.append(s)
    (HERE / 'opencost-allocation.json').write_text(json.dumps({'code': 200, 'data': sets}, indent=2) + '\n')
    back = json.loads((HERE / 'opencost-allocation.json').read_text(), parse_float=Decimal)
    return count, sum(a['totalCost'] for s in back['data'] for a in s.values()), 0

for name, f in [('focus-2027.csv', focus), ('litellm-spend-logs.json', litellm), ('opencost-allocation.json', opencost)]:
    rows, cost, tokens = f()
    print(f'{name}: rows {rows}, cost {cost}, tokens {tokens}')
