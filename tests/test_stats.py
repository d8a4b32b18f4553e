"""Tests for pyscf_ferminet.stats (blocking error analysis)."""

import math

import numpy as np
import pytest

from pyscf_ferminet import stats


def _ar1(phi, n, sigma=1.0, seed=0):
    """AR(1): x_t = phi x_{t-1} + e_t, e_t ~ N(0, sigma^2), started in equilibrium."""
    rng = np.random.default_rng(seed)
    e = rng.normal(0.0, sigma, n)
    x = np.empty(n)
    x[0] = e[0] / math.sqrt(1 - phi**2)
    for t in range(1, n):
        x[t] = phi * x[t - 1] + e[t]
    return x


def test_ar1_error_matches_exact():
    phi, n = 0.9, 2**16
    x = _ar1(phi, n)
    r = stats.reblock(x)
    sx = 1.0 / math.sqrt(1 - phi**2)          # stationary std of the process
    exact = sx / math.sqrt(n) * math.sqrt((1 + phi) / (1 - phi))
    assert r.converged
    assert abs(r.error / exact - 1) < 0.2
    assert 3.5 < r.error / r.naive_error < 5.2      # exact ratio sqrt(19) = 4.36
    assert abs(r.tau - 0.5 * (1 + phi) / (1 - phi)) / 9.5 < 0.4
    assert r.block_sizes[0] == 1 and r.errors[0] == pytest.approx(r.naive_error)
    assert r.n_blocks_used * r.block_size <= n
    assert r.mean == pytest.approx(x.mean())


def test_white_noise_matches_naive():
    x = np.random.default_rng(1).normal(size=2**14)
    r = stats.reblock(x)
    assert abs(r.error / r.naive_error - 1) < 0.15
    assert r.naive_error == pytest.approx(x.std(ddof=1) / math.sqrt(x.size))


def test_mean_error_averages_walkers():
    x = np.random.default_rng(2).normal(size=(512, 8))
    m, e = stats.mean_error(x)
    r = stats.reblock(x.mean(axis=1))
    assert m == pytest.approx(x.mean()) and e == r.error
    with pytest.raises(ValueError):
        stats.mean_error(np.zeros((2, 2, 2)))


@pytest.mark.parametrize('n', [0, 1, 2, 3])
def test_short_series(n):
    x = np.arange(n, dtype=float)
    r = stats.reblock(x)
    if n < 2:
        assert math.isinf(r.error) and math.isinf(r.naive_error)
    else:
        assert r.error == r.naive_error == pytest.approx(x.std(ddof=1) / math.sqrt(n))
    assert math.isnan(r.mean) if n == 0 else r.mean == pytest.approx(x.mean())


def test_constant_series():
    r = stats.reblock(np.full(100, -7.98))
    assert r.error == 0.0 and r.mean == pytest.approx(-7.98)


def test_energy_estimate_short_series_uses_walker_spread():
    rng = np.random.default_rng(3)
    e = rng.normal(-8.07, 0.1, size=(2, 400))          # 2 iterations x 400 walkers
    mean, err, reblocked = stats.energy_estimate(e.mean(1), e.var(1), 400)
    assert not reblocked and mean == pytest.approx(e.mean())
    assert err == pytest.approx(e.std(ddof=1) / math.sqrt(e.size), rel=0.02)
    assert abs(err / (0.1 / math.sqrt(800)) - 1) < 0.1
    _, e1, _ = stats.energy_estimate(e.mean(1)[:1], e.var(1)[:1], 400)
    assert np.isfinite(e1) and e1 == pytest.approx(e[0].std(ddof=1) / 20.0)
    assert stats.energy_estimate(np.zeros(0), np.zeros(0), 400)[1] == math.inf


def test_energy_estimate_reblocks_long_series():
    x = _ar1(0.9, 2**12, sigma=0.01)
    mean, err, reblocked = stats.energy_estimate(x, np.full(x.size, 1.0), 256)
    r = stats.reblock(x)
    assert reblocked and (mean, err) == (r.mean, r.error)
