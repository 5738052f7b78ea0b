// The benchmark's yardstick: a plain Float64Array multilayer perceptron, written by hand for this project,
// doing the same arithmetic as bench.html's workloads (descent.bench.Workloads): the same layer sizes,
// activations, loss, batch size, SGD step and grid. bench.html times it in the same page run as the compiled
// core, alternating rounds, so that "core ÷ reference" says how close the compiled Java is to code a person
// would write. It trains on its own circle-like points and its own initial weights: the speed of this arithmetic
// does not depend on the values, and the core's numbers are checked elsewhere (to 1e-12 on the JVM).
'use strict';
(function () {
  var EXTENT = 6, POINTS = 500, GRID = 100;

  // A small deterministic generator (an LCG over 2^32), enough for data and weights that do not matter.
  function Random(seed) { this.s = seed >>> 0; }
  Random.prototype.next = function () {
    this.s = (Math.imul(this.s, 1664525) + 1013904223) >>> 0;
    return this.s / 4294967296;
  };
  Random.prototype.gauss = function () {
    var u = Math.max(this.next(), 1e-12), v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };

  function circle(random) {
    var x = new Float64Array(2 * POINTS), y = new Float64Array(POINTS);
    for (var i = 0; i < POINTS; i++) {
      var a = random.next() * 2 * Math.PI, r = random.next() * EXTENT;
      x[2 * i] = r * Math.cos(a);
      x[2 * i + 1] = r * Math.sin(a);
      y[i] = r < EXTENT / 2 ? 1 : 0;
    }
    return {x: x, y: y};
  }

  function log1pExp(z) { return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)); }

  // sizes[0] inputs … sizes[L] = 1 output; θ holds each layer's weights (row-major, out × in), then its biases.
  function Mlp(sizes, relu, crossEntropy, batch, random) {
    var L = sizes.length - 1, count = 0, w = [], b = [], widest = 0;
    for (var l = 0; l < L; l++) {
      w.push(count); count += sizes[l] * sizes[l + 1];
      b.push(count); count += sizes[l + 1];
      widest = Math.max(widest, sizes[l + 1]);
    }
    this.sizes = sizes; this.L = L; this.w = w; this.b = b; this.relu = relu; this.crossEntropy = crossEntropy;
    this.batch = batch;
    this.theta = new Float64Array(count);
    this.initial = new Float64Array(count);
    this.grad = new Float64Array(count);
    for (l = 0; l < L; l++) {
      var fanIn = sizes[l], fanOut = sizes[l + 1], n = fanIn * fanOut;
      var limit = Math.sqrt(6 / (fanIn + fanOut)), sd = Math.sqrt(2 / fanIn);
      for (var k = 0; k < n; k++) {
        this.initial[w[l] + k] = relu ? sd * random.gauss() : limit * (2 * random.next() - 1);
      }
    }
    // a[l] holds layer l's outputs for every example of a batch (rows = examples); delta likewise.
    this.a = []; this.delta = [];
    for (l = 0; l <= L; l++) {
      this.a.push(new Float64Array(Math.max(batch, GRID) * sizes[l]));
      this.delta.push(new Float64Array(batch * sizes[l]));
    }
    this.logit = new Float64Array(Math.max(batch, GRID));
    this.data = circle(random);
    this.order = new Int32Array(POINTS);
    for (var i = 0; i < POINTS; i++) { this.order[i] = i; }
    this.cursor = POINTS;
    this.random = random;
    this.lastLoss = 0;
  }

  // Forward pass of `rows` examples already in a[0]; hidden f = tanh or ReLU, output σ.
  Mlp.prototype.forward = function (rows) {
    var sizes = this.sizes, theta = this.theta, L = this.L, relu = this.relu, logit = this.logit;
    for (var l = 0; l < L; l++) {
      var nIn = sizes[l], nOut = sizes[l + 1], input = this.a[l], out = this.a[l + 1];
      var wo = this.w[l], bo = this.b[l], last = l === L - 1;
      for (var r = 0; r < rows; r++) {
        var ri = r * nIn, ro = r * nOut;
        for (var j = 0; j < nOut; j++) {
          var z = theta[bo + j], wj = wo + j * nIn;
          for (var k = 0; k < nIn; k++) { z += theta[wj + k] * input[ri + k]; }
          if (last) { logit[r] = z; }
          out[ro + j] = last ? 1 / (1 + Math.exp(-z)) : (relu ? (z > 0 ? z : 0) : Math.tanh(z));
        }
      }
    }
  };

  // One SGD step ε = 0.03 on the next minibatch (reshuffled every epoch); returns the batch's mean loss.
  Mlp.prototype.step = function () {
    var B = this.batch, sizes = this.sizes, L = this.L, theta = this.theta, grad = this.grad, relu = this.relu;
    var x = this.data.x, y = this.data.y, in0 = this.a[0];
    if (this.cursor + B > POINTS) {
      for (var i = POINTS - 1; i > 0; i--) {
        var s = Math.floor(this.random.next() * (i + 1)), t = this.order[i];
        this.order[i] = this.order[s]; this.order[s] = t;
      }
      this.cursor = 0;
    }
    for (var r = 0; r < B; r++) {
      var p = this.order[this.cursor + r];
      in0[2 * r] = x[2 * p]; in0[2 * r + 1] = x[2 * p + 1];
    }
    this.forward(B);
    var out = this.a[L], dOut = this.delta[L], loss = 0;
    for (r = 0; r < B; r++) {
      var target = y[this.order[this.cursor + r]], act = out[r];
      if (this.crossEntropy) {
        var zl = this.logit[r];
        loss += target * log1pExp(-zl) + (1 - target) * log1pExp(zl);
        dOut[r] = (act - target) / B;
      } else {
        var e = act - target;
        loss += 0.5 * e * e;
        dOut[r] = e * act * (1 - act) / B;
      }
    }
    this.cursor += B;
    grad.fill(0);
    for (var l = L - 1; l >= 0; l--) {
      var nIn = sizes[l], nOut = sizes[l + 1], input = this.a[l], d = this.delta[l + 1], dIn = this.delta[l];
      var wo = this.w[l], bo = this.b[l];
      for (r = 0; r < B; r++) {
        var ri = r * nIn, ro = r * nOut;
        if (l > 0) { for (var k = 0; k < nIn; k++) { dIn[ri + k] = 0; } }
        for (var j = 0; j < nOut; j++) {
          var dj = d[ro + j], wj = wo + j * nIn;
          grad[bo + j] += dj;
          for (k = 0; k < nIn; k++) { grad[wj + k] += dj * input[ri + k]; }
          if (l > 0) { for (k = 0; k < nIn; k++) { dIn[ri + k] += theta[wj + k] * dj; } }
        }
        if (l > 0) {
          for (k = 0; k < nIn; k++) {
            var ak = input[ri + k];
            dIn[ri + k] = relu ? (ak > 0 ? dIn[ri + k] : 0) : dIn[ri + k] * (1 - ak * ak);
          }
        }
      }
    }
    for (var q = 0; q < theta.length; q++) { theta[q] -= 0.03 * grad[q]; }
    return loss / B;
  };

  function training(sizes, relu, crossEntropy, batch, seed) {
    var net = new Mlp(sizes, relu, crossEntropy, batch, new Random(seed));
    return {
      run: function (repetitions) {
        net.theta.set(net.initial); // every round from θ₀, as the core's workload does
        for (var r = 0; r < repetitions; r++) { net.lastLoss = net.step(); }
        return repetitions * batch;
      },
      checksum: function () { return net.lastLoss; }
    };
  }

  function heatmap() {
    var net = new Mlp([2, 8, 8, 1], false, false, 1, new Random(7)), grid = new Float64Array(GRID * GRID);
    net.theta.set(net.initial);
    var step = 2 * EXTENT / (GRID - 1);
    return {
      run: function (repetitions) {
        var in0 = net.a[0], out = net.a[net.L];
        for (var rep = 0; rep < repetitions; rep++) {
          for (var row = 0; row < GRID; row++) {
            var yv = -EXTENT + row * step;
            for (var c = 0; c < GRID; c++) { in0[2 * c] = -EXTENT + c * step; in0[2 * c + 1] = yv; }
            net.forward(GRID);
            grid.set(out.subarray(0, GRID), row * GRID);
          }
        }
        return repetitions;
      },
      checksum: function () { return grid[GRID * GRID / 2]; }
    };
  }

  self.descentReference = {
    small: training([2, 8, 8, 1], false, false, 10, 11),
    deep: training([2, 32, 32, 32, 1], true, true, 32, 12),
    heatmap: heatmap()
  };
})();
