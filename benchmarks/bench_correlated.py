"""Energy differences between parameter sets by correlated sampling (one set of walkers for all).

    python benchmarks/bench_correlated.py a.chk.state b.chk.state ... [system=LiH] [niter=2000] [seed=0] \
        [network=small] [other ansatz settings of the runs, name=value]

The arguments are training-state files (`chkfile + '.state'`) of runs of one system (a key of
../shared/reference_energies.json, default LiH) with one ansatz, read from the first file (files written
before the ansatz was recorded need the runs' non-default ansatz settings as arguments, as
`reference.trained_state` says). Walkers are sampled from the first file's wavefunction psi_0
(10 Metropolis steps per iteration, 256 walkers from its state); every parameter set k gets
E_k = <w_k E_L,k> / <w_k> with w_k = |psi_k / psi_0|^2 on the same walkers. The noise common to the sets
cancels in E_k - E_0, whose error (jackknife over blocks of 50 iterations) is typically 2-4
times smaller than that of two independent evaluations: nearby wavefunctions, for example continuations
of one checkpoint with different settings, can be ranked to a few hundredths of a mHa.
"""

import sys
import time

import jax
import jax.numpy as jnp
import numpy as np

from pyscf_ferminet import checkpoint, driver, mcmc

import reference  # benchmarks/reference.py, beside this script


def main():
    files = [a for a in sys.argv[1:] if '=' not in a]
    if len(files) < 2:
        raise SystemExit(__doc__)
    settings = [a for a in sys.argv[1:] if '=' in a]
    _, entry, fn, model, first, opts = reference.trained_state([files[0]] + settings, __doc__, niter=2000,
                                                             seed=0)
    niter, block = opts['niter'], 50
    saved = [first] + [checkpoint.load(f) for f in files[1:]]
    for f, d in zip(files[1:], saved[1:]):          # one ansatz and precision for all parameter sets
        driver.check_saved_settings(fn, driver.saved_settings(d), f, driver.ANSATZ_KEYS + ('precision',))
    states = [d['state'] for d in saved]
    params = [jax.tree_util.tree_map(jnp.asarray, s['params']) for s in states]
    atoms = jnp.asarray(fn.system.atoms, model.dtype)
    log_prob = lambda p, x: model.vmc.log_prob(p, x, atoms)
    e_loc = lambda p, x: jax.vmap(lambda xi: model.local_energy(p, xi, atoms))(x)

    @jax.jit
    def step(x, logp, key, width):
        x, logp, acc = mcmc.mcmc_steps(log_prob, params[0], x, logp, key, width, 10)
        width = mcmc.adapt_width(width, acc, 0.5)
        return (x, logp, width, jnp.stack([log_prob(p, x) / 2 for p in params]),
                jnp.stack([e_loc(p, x) for p in params]))

    x, width = jnp.asarray(states[0]['x']), jnp.asarray(states[0]['width'])
    logp = log_prob(params[0], x)
    key = jax.random.PRNGKey(opts['seed'])
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
