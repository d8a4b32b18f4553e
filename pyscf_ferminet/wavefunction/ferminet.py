"""The FermiNet ansatz (Pfau, Spencer, Matthews, Foulkes, Phys. Rev. Research 2, 033429 (2020)).

One-electron streams h_i see the electron-nucleus vectors; two-electron streams h_ij see the
electron-electron vectors. Each layer feeds every one-electron stream with spin-wise means of the
one-electron streams and of its own two-electron streams, so the streams are permutation
equivariant within a spin. Orbitals are linear projections of the last one-electron streams times
exponential envelopes; determinants of them are combined in log space.

Cusps. With `cusp='learned'` (the reference FermiNet) the inputs |r_iI|, |r_ij| and the envelopes
exp(-sigma |r_iI|) all have kinks at the coalescence points, and the network has to learn the Kato
cusps from the energy alone. Near a nucleus E_L ~ (cusp error) / r, so a cusp a few per cent off makes
rare, large local energies that dominate the variance of a trained LiH or Be. With `cusp='exact'`
(default) every distance the network and the envelopes see goes through `cusp_free_distance`
(smooth at 0), and the cusps come from explicit factors alone: each orbital row of electron i is
multiplied by exp(-sum_I Z_I r_iI / (1 + Z_I r_iI)) (slope -Z_I at nucleus I, saturating at
r ~ 1/Z_I), and the electron-electron Jastrow gives 1/2 (opposite spins) and 1/4 (same spin). The
cusp conditions then hold exactly for any parameters. The row factor sits inside the orbitals, so
pretraining fits the product to the SCF orbitals. With an envelope of rate sigma = Z_I, the factor
and d(r) = r^2 / (r + 1/Z_I) combine to exactly exp(-Z_I r), a hydrogenic 1s.

Parameters are plain nested dicts of arrays. Electron coordinates enter flat, shape (nelec * 3,),
spin-up electrons first; nuclei enter as (natm, 3) so forces can differentiate through them.
"""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np

from pyscf_ferminet.settings import AnsatzSettings
from pyscf_ferminet.wavefunction import envelopes
from pyscf_ferminet.wavefunction.envelopes import cusp_free_distance
from pyscf_ferminet.wavefunction.linalg import slogdet

# Length of the smoothing of |r_ij| in the two-electron inputs with exact cusps, bohr.
EE_SMOOTHING = 1.0


def _linear_init(key, n_in, n_out, dtype, bias=True):
    kw, kb = jax.random.split(key)
    p = {'w': jax.random.normal(kw, (n_in, n_out), dtype) / float(np.sqrt(n_in))}
    if bias:
        p['b'] = jax.random.normal(kb, (n_out,), dtype)
    return p


def _linear(p, x):
    y = x @ p['w']
    return y + p['b'] if 'b' in p else y


def _linear_shared(p, x, shared):
    """_linear(p, [x, shared broadcast over rows]) without repeating the shared rows' work.

    x: (n, d) per-row inputs; shared: (1, d_s) the same for every row (the spin-wise means of the
    one-electron streams). The weight's first d rows act on x, the rest on shared, so the cost is
    n d O + d_s O instead of n (d + d_s) O -- nearly half for the one-electron layers. A weight that
    records its input (taps._Tap, for KFAC/SPRING) provides `shared_rmatmul`.
    """
    w = p['w']
    if hasattr(w, 'shared_rmatmul'):
        y = w.shared_rmatmul(x, shared)
    else:
        y = x @ w[:x.shape[-1]] + shared @ w[x.shape[-1]:]
    return y + p['b'] if 'b' in p else y


def input_features(x: jnp.ndarray, atoms: jnp.ndarray):
    """Electron-nucleus and electron-electron vectors and distances.

    Args:
        x: (nelec * 3,) electron positions, bohr.
        atoms: (natm, 3) nuclear positions, bohr.

    Returns:
        r_ae (nelec, natm, 3), |r_ae| (nelec, natm, 1), r_ee (nelec, nelec, 3), |r_ee| (nelec, nelec, 1)
        with zero on the diagonal (and a finite derivative there).
    """
    r = x.reshape(-1, 3)
    r_ae = r[:, None, :] - atoms[None, :, :]
    r_ee = r[:, None, :] - r[None, :, :]
    n = r.shape[0]
    eye = jnp.eye(n, dtype=x.dtype)[..., None]
    r_ae_norm = jnp.linalg.norm(r_ae, axis=-1, keepdims=True)
    # Shift the diagonal before the square root, then remove it: the norm stays differentiable.
    r_ee_norm = jnp.linalg.norm(r_ee + eye, axis=-1, keepdims=True) * (1.0 - eye)
    return r_ae, r_ae_norm, r_ee, r_ee_norm


def _spin_means(h, nspins, axis):
    """Means over each non-empty spin block of `h` along `axis`."""
    out, start = [], 0
    for n in nspins:
        if n > 0:
            block = jax.lax.slice_in_dim(h, start, start + n, axis=axis)
            out.append(jnp.mean(block, axis=axis, keepdims=True))
        start += n
    return out


def make_ferminet(nspins: tuple[int, int], charges: np.ndarray, settings: AnsatzSettings,
                  cusp_charges: np.ndarray | None = None):
    """Builds the FermiNet ansatz.

    Args:
        nspins: (n_up, n_dn).
        charges: (natm,) nuclear charges (effective charges on ECP atoms); set the smoothing lengths.
        settings: network shape and options.
        cusp_charges: (natm,) charges of the exact electron-nucleus cusp factors (None: `charges`);
            0 on ECP atoms whose potential is finite at the nucleus, where psi has no cusp.

    Returns:
        init(key, dtype) -> params;
        orbitals(params, x, atoms) -> list of (ndet, n, n) orbital matrices, one per determinant
            block (one block for a full determinant; one per non-empty spin otherwise);
        log_psi(params, x, atoms) -> (sign, log|psi|).
    """
    natm = len(charges)
    nelec = sum(nspins)
    ndet = settings.determinants
    nsp_active = sum(1 for n in nspins if n > 0)
    dims = settings.hidden_dims
    norbs = [nelec if settings.full_det else n for n in nspins]
    exact_cusp = settings.cusp == 'exact'
    en_scale = 1.0 / np.asarray(charges, float)[:, None]               # (natm, 1): 1 / Z_I, bohr
    cusp_z = np.asarray(charges if cusp_charges is None else cusp_charges, float)[:, None]

    def init(key, dtype=jnp.float32):
        keys = iter(jax.random.split(key, 4 * len(dims) + 8))
        params = {'layers': []}
        d1, d2 = 4 * natm, 4
        for i, (n1, n2) in enumerate(dims):
            layer = {'single': _linear_init(next(keys), d1 * (1 + nsp_active) + d2 * nsp_active, n1, dtype)}
            if i < len(dims) - 1:
                layer['double'] = _linear_init(next(keys), d2, n2, dtype)
            params['layers'].append(layer)
            d1, d2 = n1, n2
        params['orbital'] = [_linear_init(next(keys), d1, ndet * norb, dtype) if n else {}
                             for n, norb in zip(nspins, norbs)]
        params['envelope'] = [envelopes.envelope_init(natm, ndet * norb, settings.envelope, dtype)
                              if n else {} for n, norb in zip(nspins, norbs)]
        if settings.jastrow == 'ee':
            params['jastrow'] = {'par': jnp.ones((), dtype), 'anti': jnp.ones((), dtype)}
        return params

    def streams(params, r_ae, r_ae_norm, r_ee, r_ee_norm, scale):
        if exact_cusp:
            r_ae_norm = cusp_free_distance(r_ae_norm, scale)
            r_ee_norm = cusp_free_distance(r_ee_norm, EE_SMOOTHING)
        h1 = jnp.concatenate([r_ae, r_ae_norm], axis=-1).reshape(nelec, -1)
        h2 = jnp.concatenate([r_ee, r_ee_norm], axis=-1)
        for layer in params['layers']:
            # Inputs per electron: its stream, the means of its two-electron streams per spin; shared
            # by all electrons: the means of the one-electron streams per spin.
            g1 = jnp.concatenate(_spin_means(h1, nspins, 0), axis=-1)             # (1, nsp d1)
            g2 = [g[:, 0, :] for g in _spin_means(h2, nspins, 1)]
            out = jnp.tanh(_linear_shared(layer['single'], jnp.concatenate([h1] + g2, axis=-1), g1))
            h1 = out + h1 if out.shape == h1.shape else out
            if 'double' in layer:
                out2 = jnp.tanh(_linear(layer['double'], h2))
                h2 = out2 + h2 if out2.shape == h2.shape else out2
        return h1

    def orbitals(params, x, atoms):
        r_ae, r_ae_norm, r_ee, r_ee_norm = input_features(x, atoms)
        scale = en_scale.astype(x.dtype) if exact_cusp else None
        h1 = streams(params, r_ae, r_ae_norm, r_ee, r_ee_norm, scale)
        if exact_cusp:        # the electron-nucleus cusp factor of each row: exp(-sum_I Z r / (1 + Z r))
            z = cusp_z.astype(x.dtype)
            row = jnp.exp(-jnp.sum(z * r_ae_norm / (1.0 + z * r_ae_norm), axis=(1, 2)))   # (nelec,)
        blocks, start = [], 0
        for s, (n, norb) in enumerate(zip(nspins, norbs)):
            if n == 0:
                continue
            sl = slice(start, start + n)
            orb = _linear(params['orbital'][s], h1[sl])
            orb = orb * envelopes.envelope_apply(params['envelope'][s], r_ae[sl], r_ae_norm[sl], scale)
            if exact_cusp:
                orb = orb * row[sl, None]
            blocks.append(jnp.transpose(orb.reshape(n, ndet, norb), (1, 0, 2)))   # (ndet, n, norb)
            start += n
        if settings.full_det:
            return [jnp.concatenate(blocks, axis=1)]
        return blocks

    def jastrow(params, r_ee_norm):
        # Electron-electron cusp: d log psi / d r_ij = 1/2 (opposite spins), 1/4 (same spin) at r_ij = 0.
        n_up = nspins[0]
        spin = np.array([0] * n_up + [1] * nspins[1])
        same = (spin[:, None] == spin[None, :]) & ~np.eye(nelec, dtype=bool)
        anti = spin[:, None] != spin[None, :]
        r = r_ee_norm[..., 0]
        a_par, a_anti = params['par'], params['anti']
        j_par = -0.25 * a_par ** 2 / (a_par + r)
        j_anti = -0.5 * a_anti ** 2 / (a_anti + r)
        return 0.5 * (jnp.sum(jnp.where(same, j_par, 0.0)) + jnp.sum(jnp.where(anti, j_anti, 0.0)))

    def log_psi(params, x, atoms):
        mats = orbitals(params, x, atoms)
        # A determinant whose weight is below the float resolution of the sum (relative e^cutoff,
        # cutoff = log eps) is left out, and its matrices replaced by the identity before any
        # derivative is taken: such a matrix is nearly singular (condition ~ 1 / weight), its inverse,
        # which every derivative of log det contains, overflows in float32, and 0 x inf made the
        # local energy NaN (seen once in a 3000-iteration Be run; float64 gave a normal E_L there).
        cutoff = float(np.log(jnp.finfo(x.dtype).eps))
        ld_ref = sum(slogdet(jax.lax.stop_gradient(m))[1] for m in mats)   # (ndet,)
        keep = ld_ref - jnp.max(ld_ref) > cutoff
        sign, logdet = 1.0, 0.0
        for m in mats:
            eye = jnp.eye(m.shape[-1], dtype=m.dtype)
            s, ld = slogdet(jnp.where(keep[:, None, None], m, eye))    # (ndet,)
            sign, logdet = sign * s, logdet + ld
        shift = jax.lax.stop_gradient(jnp.max(ld_ref))
        total = jnp.sum(jnp.where(keep, sign * jnp.exp(logdet - shift), 0.0))
        log_abs = jnp.log(jnp.abs(total)) + shift
        if 'jastrow' in params:
            log_abs = log_abs + jastrow(params['jastrow'], input_features(x, atoms)[3])
        return jnp.sign(total), log_abs

    return init, orbitals, log_psi
