"""Sign and log-determinant of batches of small matrices, written in array operations.

FermiNet's orbital matrices are small (nelec x nelec, often 2-8) and come in large batches (walkers x
determinants). On the CPU `jnp.linalg.slogdet` hands each matrix to LAPACK's LU in turn, and the cost of
those calls, not the arithmetic, dominates. Gaussian elimination with partial pivoting unrolled
over the n columns instead runs as a handful of vectorised operations over the whole batch, and JAX
differentiates it to any order (first derivatives for the optimiser, the forward Laplacian of folx),
the pivot choice being locally constant.

Measured on one AMD EPYC (Zen 4) core, one batch of 256 x 16 matrices, value / gradient, ms:
n = 4: 0.34 / 0.59 here against 0.75 / 2.05 for LAPACK; n = 8: 1.13 / 2.94 against 2.19 / 5.51;
n = 10: 3.55 / 7.90 against 3.18 / 8.30; n = 16: 42 / 59 against 7.2 / 20.
"""

from __future__ import annotations

import jax.numpy as jnp

# Largest matrix order eliminated in array operations; larger ones go to LAPACK (jnp.linalg.slogdet),
# which wins from n = 10 on (table above).
UNROLL_MAX = 8


def slogdet(a: jnp.ndarray) -> tuple[jnp.ndarray, jnp.ndarray]:
    """(sign, log|det a|) over the last two axes, like `jnp.linalg.slogdet`.

    A singular matrix gives sign 0 and log|det| = -inf, as LAPACK's does.
    """
    n = a.shape[-1]
    if a.shape[-2] != n:
        raise ValueError(f'slogdet needs square matrices; got shape {a.shape}.')
    if n > UNROLL_MAX:
        return jnp.linalg.slogdet(a)
    batch = a.shape[:-2]
    sign = jnp.ones(batch, a.dtype)
    logdet = jnp.zeros(batch, a.dtype)
    rows = jnp.arange(n)
    for k in range(n):
        # Partial pivoting: bring the largest |a_ik|, i >= k, to row k (a swap flips the sign).
        p = jnp.argmax(jnp.abs(a[..., k:, k]), axis=-1) + k                   # batch
        to_p = (rows == p[..., None]).astype(a.dtype)                         # batch + (n,)
        to_k = (rows == k).astype(a.dtype)
        row_p = jnp.einsum('...i,...ij->...j', to_p, a)
        a = a + (to_p - to_k)[..., :, None] * (a[..., k, None, :] - row_p[..., None, :])
        sign = jnp.where(p != k, -sign, sign)
        pivot = a[..., k, k]
        sign = sign * jnp.sign(pivot)
        logdet = logdet + jnp.log(jnp.abs(pivot))
        if k < n - 1:
            safe = jnp.where(pivot == 0, jnp.ones_like(pivot), pivot)    # singular: sign 0, -inf, no NaN
            factor = a[..., k + 1:, k] / safe[..., None]
            a = a.at[..., k + 1:, k + 1:].add(-factor[..., :, None] * a[..., k, None, k + 1:])
    return sign, logdet

