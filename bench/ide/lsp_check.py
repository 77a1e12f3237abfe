"""What an editor shows from our analyzers: opens the sample solution in csharp-ls (a real C# language server, analyzers
on), asks for the diagnostics of one open C# file and of the whole workspace, and compares our INCL ids per file with
the expected ones. Not a test: needs csharp-ls and a restored sample (bench/run-ide-check.sh does both).
Usage: lsp_check.py SAMPLE_DIR SOLUTION OPEN_FILE EXPECTED_JSON"""
import json, os, queue, subprocess, sys, threading, time

root, solution, open_file, expected_path = sys.argv[1:5]
expected = json.load(open(expected_path))
server = subprocess.Popen([os.path.expanduser('~/.dotnet/tools/csharp-ls'), '--solution', solution], cwd=root,
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
inbox = queue.Queue()


def read_messages():
    while True:
        headers = {}
        while True:
            line = server.stdout.readline()
            if not line:
                return
            line = line.decode().strip()
            if not line:
                break
            key, value = line.split(':', 1)
            headers[key.lower()] = value.strip()
        inbox.put(json.loads(server.stdout.read(int(headers['content-length']))))


threading.Thread(target=read_messages, daemon=True).start()
next_id = [0]
settings = {'analyzersEnabled': True}
pushed = {}


def send(message):
    body = json.dumps(dict(message, jsonrpc='2.0')).encode()
    server.stdin.write(b'Content-Length: %d\r\n\r\n' % len(body) + body)
    server.stdin.flush()


def request(method, params, timeout=300):
    next_id[0] += 1
    send({'id': next_id[0], 'method': method, 'params': params})
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            message = inbox.get(timeout=1)
        except queue.Empty:
            continue
        if 'method' in message and 'id' in message:  # the server asks: configuration, registrations, progress
            items = message.get('params', {}).get('items', [])
            answer = [settings for _ in items] if message['method'] == 'workspace/configuration' else None
            send({'id': message['id'], 'result': answer})
        elif message.get('method') == 'textDocument/publishDiagnostics':
            pushed[message['params']['uri']] = message['params']['diagnostics']
        elif message.get('id') == next_id[0]:
            return message.get('result')
    raise TimeoutError(method)


def ours(diagnostics):
    return sorted(d['code'] for d in diagnostics if str(d.get('code', '')).startswith('INCL'))


base = 'file://' + os.path.abspath(root)
started = time.time()
request('initialize', {'processId': os.getpid(), 'rootUri': base, 'workspaceFolders': [{'uri': base, 'name': 'sample'}],
                       'capabilities': {'workspace': {'configuration': True},
                                        'textDocument': {'publishDiagnostics': {}, 'diagnostic': {}}},
                       'initializationOptions': {'csharp': settings}})
send({'method': 'initialized', 'params': {}})
send({'method': 'workspace/didChangeConfiguration', 'params': {'settings': {'csharp': settings}}})
path = os.path.abspath(os.path.join(root, open_file))
uri = 'file://' + path
send({'method': 'textDocument/didOpen',
      'params': {'textDocument': {'uri': uri, 'languageId': 'csharp', 'version': 1, 'text': open(path).read()}}})

# The solution loads in the background: ask again until our analyzers have run on the open file.
found = []
for _ in range(60):
    result = request('textDocument/diagnostic', {'textDocument': {'uri': uri}}) or {}
    found = ours(result.get('items', []) + pushed.get(uri, []))
    if found:
        break
    time.sleep(3)
print(f'open file {open_file}: {found} after {time.time() - started:.1f} s')

# As you type: a new declaration in the open file is reported without saving it.
typed_text = open(path).read() + '\npublic class SlaveWorker { }\n'
send({'method': 'textDocument/didChange',
      'params': {'textDocument': {'uri': uri, 'version': 2}, 'contentChanges': [{'text': typed_text}]}})
typed_at = time.time()
typed = []
for _ in range(20):
    result = request('textDocument/diagnostic', {'textDocument': {'uri': uri}}) or {}
    typed = [d['message'] for d in result.get('items', []) if d.get('code') == 'INCL101' and 'SlaveWorker' in d['message']]
    if typed:
        break
    time.sleep(1)
print(f'typed `class SlaveWorker`: {"reported" if typed else "NOT reported"} after {time.time() - typed_at:.1f} s')
send({'method': 'textDocument/didChange',
      'params': {'textDocument': {'uri': uri, 'version': 3}, 'contentChanges': [{'text': open(path).read()}]}})

result = request('workspace/diagnostic', {'previousResultIds': []}) or {}
per_file = {}
for report in result.get('items', []):
    codes = ours(report.get('items', []))
    if codes:
        per_file[os.path.relpath(report['uri'][len('file://'):], os.path.abspath(root))] = codes
print('workspace:', json.dumps(per_file, indent=1))
send({'id': 0, 'method': 'shutdown', 'params': None})
time.sleep(1)
server.kill()

missing = {f: c for f, c in expected.items() if per_file.get(f) != sorted(c)}
if found != sorted(expected.get(open_file, [])):
    missing[open_file + ' (open)'] = expected.get(open_file, [])
for f, codes in missing.items():
    print(f'MISMATCH {f}: expected {sorted(codes)}, shown {per_file.get(f)}')
sys.exit(1 if missing or not typed else 0)
