"""Two processes under jax.distributed (CPU, gloo collectives) run the same VMC as one process with
two devices: identical energies, one checkpoint writer, and a restart that continues the history."""

import json
import os
import socket
import subprocess
import sys
import textwrap

from conftest import FAST_COMPILE, TWO_DEVICES

WORKER = textwrap.dedent('''
    import json, sys, jax
    pid, nproc, port, chk = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
    if nproc > 1:
        jax.config.update('jax_cpu_collectives_implementation', 'gloo')
        jax.distributed.initialize(coordinator_address='localhost:' + port, num_processes=nproc,
                                   process_id=pid)
    from pyscf import gto, scf
    from pyscf_ferminet import FermiNet
    mol = gto.M(atom='H 0 0 0; H 0 0 1.4', unit='bohr', basis='sto-3g', verbose=0)
    mf = scf.RHF(mol).run()
    kw = dict(network='tiny', nwalkers=32, pretrain_cycle=5, eval_cycle=10, burn_in=10, chkfile=chk,
              chk_interval=0.0, verbose=0)
    fn = FermiNet(mf, max_cycle=15, **kw)
    fn.kernel()
    again = FermiNet(mf, max_cycle=20, **kw)
    again.kernel()
    print(json.dumps({'devices': jax.device_count(), 'e_hist': [float(e) for e in fn.e_hist.energy],
                      'e_tot': fn.e_tot, 'restart_len': len(again.e_hist),
                      'restart_head': [float(e) for e in again.e_hist.energy[:15]]}))
''')


def _free_port():
    with socket.socket() as s:
        s.bind(('localhost', 0))
        return str(s.getsockname()[1])


def _result(out):
    return json.loads(out.strip().splitlines()[-1])


def test_two_processes_match_one_process_with_two_devices(tmp_path):
    script = tmp_path / 'worker.py'
    script.write_text(WORKER)
    env = dict(os.environ, XLA_FLAGS=FAST_COMPILE, JAX_ENABLE_X64='0')
    port = _free_port()
    procs = [subprocess.Popen([sys.executable, str(script), str(i), '2', port, str(tmp_path / 'two.chk')],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for i in range(2)]
    outs = [p.communicate(timeout=600) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err[-3000:]
    two = [_result(out) for out, _ in outs]
    single = subprocess.run([sys.executable, str(script), '0', '1', '0', str(tmp_path / 'one.chk')],
                            capture_output=True, text=True, timeout=600,
                            env=dict(env, XLA_FLAGS=TWO_DEVICES))
    assert single.returncode == 0, single.stderr[-3000:]
    one = _result(single.stdout)
    assert one['devices'] == two[0]['devices'] == 2
    # Both processes hold the same (global) results, equal to the single-process run's.
    assert two[0] == two[1]
    assert two[0]['e_hist'] == one['e_hist'] and two[0]['e_tot'] == one['e_tot']
    # The restart continued the checkpointed history (written by process 0 only, atomically).
    assert two[0]['restart_len'] == 20 and two[0]['restart_head'] == two[0]['e_hist']
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith('two')) == [
        'two.chk', 'two.chk.state']
