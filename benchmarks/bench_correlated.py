"""Energy differences between parameter sets by correlated sampling (one set of walkers for all).

    python benchmarks/bench_correlated.py a.chk.state b.chk.state ... [system=LiH] [niter=2000] [seed=0]

The arguments are training-state files (`chkfile + '.state'`) of small-network runs of one system
(a key of ../shared/reference_energies.json, default LiH). Walkers are sampled from the first file's
wavefunction psi_0 (10 Metropolis steps per iteration, 256 walkers from its state); every parameter set
k gets E_k = <w_k E_L,k> / <w_k> with w_k = |psi_k / psi_0|^2 on the same walkers. The noise common to
the sets cancels in E_k - E_0, whose error (jackknife over blocks of 50 iterations) is typically 2-4
times smaller than that of two independent evaluations: nearby wavefunctions, for example continuations
of one checkpoint with different settings, can be ranked to a few hundredths of a mHa.
"""

import sys
import time

import jax
import jax.numpy as jnp
import numpy as np

from pyscf_ferminet import FermiNet, checkpoint, mcmc
from pyscf_ferminet.driver import Model

import reference  # benchmarks/reference.py, beside this script


def main():
    files = [a for a in sys.argv[1:] if '=' not in a]
    opts = dict(a.split('=', 1) for a in sys.argv[1:] if '=' in a)
    niter, system, block = int(opts.get('niter', 2000)), opts.get('system', 'LiH'), 50
    entry = reference.load()[system]
    mf = reference.run_scf(entry)
    fn = FermiNet(mf, verbose=0, network=opts.get('network', 'small'))
    fn.build()
    model = Model(fn)
    states = [checkpoint.load(f)['state'] for f in files]
    params = [jax.tree_util.tree_map(jnp.asarray, s['params']) for s in states]
    atoms = jnp.asarray(fn.system.atoms, jnp.float32)
    log_abs = lambda p, x: jax.vmap(lambda xi: model.ansatz.log_psi(p, xi, atoms)[1])(x)
    e_loc = lambda p, x: jax.vmap(lambda xi: model.local_energy(p, xi, atoms))(x)

    @jax.jit
    def step(x, logp, key, width):
        x, logp, acc = mcmc.mcmc_steps(lambda p, y: 2 * log_abs(p, y), params[0], x, logp, key, width, 10)
        width = mcmc.adapt_width(width, acc, 0.5)
        return (x, logp, width, jnp.stack([log_abs(p, x) for p in params]),
                jnp.stack([e_loc(p, x) for p in params]))

    x, width = jnp.asarray(states[0]['x']), jnp.asarray(states[0]['width'])
    logp = 2 * log_abs(params[0], x)
    key = jax.random.PRNGKey(int(opts.get('seed', 0)))
    num, den, t0 = [], [], time.time()
    for i in range(niter + 100):                          # the first 100 iterations are burn-in
        key, sub = jax.random.split(key)
        x, logp, width, lp, el = step(x, logp, sub, width)
        if i >= 100:
            lp, el = np.asarray(lp, np.float64), np.asarray(el, np.float64)
            w = np.exp(2 * (lp - lp[:1]))
            num.append((w * el).mean(axis=1))
            den.append(w.mean(axis=1))
    nb = len(num) // block
    nsum = np.asarray(num)[:nb * block].reshape(nb, block, -1).sum(1)
    dsum = np.asarray(den)[:nb * block].reshape(nb, block, -1).sum(1)
    energy = nsum.sum(0) / dsum.sum(0)
    jack = (nsum.sum(0) - nsum) / (dsum.sum(0) - dsum)              # (nb, k): leave one block out
    err = lambda v: np.sqrt((nb - 1) / nb * np.sum((v - v.mean(0)) ** 2, axis=0))
    e_err, d_err = err(jack), err(jack - jack[:, :1])
    exact = entry['exact']
    for k, name in enumerate(files):
        print(f'{name}: E {energy[k]:.6f} +- {e_err[k]:.6f} ({1000 * (energy[k] - exact):+.3f} mHa)  '
              f'E - E_0 {1000 * (energy[k] - energy[0]):+.3f} +- {1000 * d_err[k]:.3f} mHa', flush=True)
    print(f'{niter} iterations of 256 walkers, {time.time() - t0:.0f} s')


if __name__ == '__main__':
    main()
