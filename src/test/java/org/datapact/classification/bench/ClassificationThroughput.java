package org.datapact.classification.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.datapact.classification.DatasetFacts;
import org.datapact.classification.ProjectContext;
import org.datapact.classification.ProjectEvaluation;
import org.datapact.classification.RandomDatasets;
import org.datapact.classification.domain.RuleSets;
import org.datapact.classification.engine.CompiledRuleSet;

/**
 * A hand-rolled benchmark of the rules engine with the default rule set (run it through
 * {@code bench/classification-throughput.sh}, pinned to one core): single-dataset
 * evaluations per second, and the time to classify projects of 50 (and 500) datasets with
 * combination rules. Each measurement follows a warm-up long enough for the JIT; results
 * are consumed so that nothing is optimised away. Not a test: no assertion depends on the
 * machine's speed.
 */
public final class ClassificationThroughput {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private static long sink;

	private ClassificationThroughput() {
	}

	public static void main(String[] args) {
		double seconds = (args.length > 0) ? Double.parseDouble(args[0]) : 3;
		CompiledRuleSet rules = CompiledRuleSet.compile(RuleSets.loadDefault());
		System.out.printf(Locale.ROOT, "rule set %s v%d: %d rules, %d combination rules; %d processor(s) visible%n",
				rules.definition().id(), rules.definition().version(), rules.definition().rules().size(),
				rules.definition().combinationRules().size(), Runtime.getRuntime().availableProcessors());

		single(rules, seconds);
		project(rules, 50, 2_000, seconds);
		project(rules, 500, 60, seconds);
		System.out.println("(checksum " + sink + ")");
	}

	/** Evaluations of one-dataset projects, from a pool of 4,096 random datasets. */
	private static void single(CompiledRuleSet rules, double seconds) {
		Random random = new Random(42);
		int pool = 4096;
		List<List<DatasetFacts>> datasets = new ArrayList<>(pool);
		List<ProjectContext> projects = new ArrayList<>(pool);
		for (int i = 0; i < pool; i++) {
			datasets.add(List.of(new DatasetFacts("d" + i, RandomDatasets.answers(random))));
			projects.add(RandomDatasets.project(random));
		}
		runFor(seconds, (i) -> consume(rules.evaluate(projects.get(i % pool), datasets.get(i % pool))));
		double[] rates = new double[5];
		double[] cpuRates = new double[rates.length];
		for (int round = 0; round < rates.length; round++) {
			long start = System.nanoTime();
			long cpuStart = THREADS.getCurrentThreadCpuTime();
			long count = runFor(seconds / 2,
					(i) -> consume(rules.evaluate(projects.get(i % pool), datasets.get(i % pool))));
			rates[round] = count / ((System.nanoTime() - start) / 1e9);
			cpuRates[round] = count / ((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9);
		}
		Arrays.sort(rates);
		Arrays.sort(cpuRates);
		System.out.printf(Locale.ROOT,
				"single dataset: %,.0f evaluations per CPU second = %.1f µs of CPU each (median of %d rounds; "
						+ "min %,.0f, max %,.0f); by the wall clock %,.0f/s (min %,.0f, max %,.0f)%n",
				cpuRates[2], 1e6 / cpuRates[2], cpuRates.length, cpuRates[0], cpuRates[cpuRates.length - 1], rates[2],
				rates[0], rates[rates.length - 1]);
	}

	/** Whole projects whose datasets give the combination rules work to do. */
	private static void project(CompiledRuleSet rules, int size, int measured, double seconds) {
		Random random = new Random(size);
		int pool = 64;
		List<List<DatasetFacts>> datasets = new ArrayList<>(pool);
		List<ProjectContext> projects = new ArrayList<>(pool);
		long combinations = 0;
		for (int i = 0; i < pool; i++) {
			datasets.add(RandomDatasets.linkableDatasets(random, size));
			projects.add(RandomDatasets.project(random));
			combinations += rules.evaluate(projects.get(i), datasets.get(i)).combinations().size();
		}
		runFor(seconds, (i) -> consume(rules.evaluate(projects.get(i % pool), datasets.get(i % pool))));
		long[] nanos = new long[measured];
		long[] cpu = new long[measured];
		for (int i = 0; i < measured; i++) {
			long cpuStart = THREADS.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			consume(rules.evaluate(projects.get(i % pool), datasets.get(i % pool)));
			nanos[i] = System.nanoTime() - start;
			cpu[i] = THREADS.getCurrentThreadCpuTime() - cpuStart;
		}
		System.out.printf(Locale.ROOT,
				"%d-dataset project (%d pairs, %.1f combination findings on average), %d " + "evaluations:%n", size,
				size * (size - 1) / 2, combinations / (double) pool, measured);
		System.out.println("  CPU time:   " + distribution(cpu));
		System.out.println("  wall clock: " + distribution(nanos));
	}

	private static String distribution(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return String.format(Locale.ROOT, "mean %.3f ms, p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.3f ms",
				Arrays.stream(sorted).average().orElse(0) / 1e6, sorted[n / 2] / 1e6, sorted[(int) (n * 0.95)] / 1e6,
				sorted[(int) (n * 0.99)] / 1e6, sorted[n - 1] / 1e6);
	}

	private static long runFor(double seconds, java.util.function.IntConsumer work) {
		long end = System.nanoTime() + (long) (seconds * 1e9);
		long count = 0;
		while (System.nanoTime() < end) {
			for (int i = 0; i < 64; i++) {
				work.accept((int) count++);
			}
		}
		return count;
	}

	private static void consume(ProjectEvaluation evaluation) {
		sink += evaluation.projectLevel().ordinal() + evaluation.combinations().size()
				+ evaluation.datasets().get(0).firedRules().size();
	}

}
