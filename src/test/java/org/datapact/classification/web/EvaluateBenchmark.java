package org.datapact.classification.web;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.datapact.shared.Role;
import org.datapact.support.Fixtures;
import org.datapact.support.LiveClient;
import org.datapact.support.LiveServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/classification/evaluate} on a real server with 100 and 500 datasets
 * that all combine with each other under every combination rule of the default rule set
 * (record-level data on unaccompanied children, with armed actors, feelings of safety and
 * a phone number, all sharing site and individual keys over one period): the response's
 * size, the round trip, the bytes the server's request threads allocate per call and the
 * highest heap in use seen while calls run. Run by
 * {@code bench/classification-evaluate.sh}; not part of the suite (its name does not end
 * in Test).
 */
@LiveServerTest
@TestPropertySource(properties = { "logging.level.root=WARN" })
class EvaluateBenchmark {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int[] SIZES = { 100, 500 };

	private static final int WARM_UP = Integer.getInteger("bench.warmup", 5);

	private static final int MEASURED = Integer.getInteger("bench.calls", 10);

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Test
	void evaluate() throws IOException {
		LiveClient client = new LiveClient(this.port).signIn(this.fixtures.user(this.fixtures.partner(), Role.PARTNER));
		List<String> lines = new ArrayList<>();
		lines.add(String.format(Locale.ROOT,
				"Evaluate benchmark, %d warm-up and %d measured calls per size, " + "%d cores, max heap %d MB", WARM_UP,
				MEASURED, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20));
		for (int size : SIZES) {
			String body = JSON.writeValueAsString(request(size));
			for (int i = 0; i < WARM_UP; i++) {
				call(client, body);
			}
			System.gc();
			MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
			long baseline = memory.getHeapMemoryUsage().getUsed();
			HeapSampler sampler = new HeapSampler(memory);
			Thread sampling = new Thread(sampler, "heap-sampler");
			sampling.setDaemon(true);
			sampling.start();
			long[] millis = new long[MEASURED];
			long[] allocated = new long[MEASURED];
			int bytes = 0;
			int findings = 0;
			for (int i = 0; i < MEASURED; i++) {
				long before = serverAllocatedBytes();
				long start = System.nanoTime();
				HttpResponse<String> response = call(client, body);
				millis[i] = (System.nanoTime() - start) / 1_000_000;
				allocated[i] = serverAllocatedBytes() - before;
				bytes = response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
				findings = JSON.readTree(response.body()).get("combinations").size();
			}
			sampler.stop.set(true);
			Arrays.sort(millis);
			Arrays.sort(allocated);
			lines.add(String.format(Locale.ROOT,
					"%d datasets (%d pairs, every one combining under each rule): response %,d bytes (%.2f MB), "
							+ "%d combination findings; round trip median %d ms, max %d ms; allocated by the "
							+ "server per call median %.1f MB; heap in use at most %.1f MB (%.1f MB after a GC "
							+ "before the calls)",
					size, size * (size - 1) / 2, bytes, bytes / 1e6, findings, millis[MEASURED / 2],
					millis[MEASURED - 1], allocated[MEASURED / 2] / 1e6, sampler.peak.get() / 1e6, baseline / 1e6));
		}
		lines.forEach(System.out::println);
		Path out = Path.of("target", "bench", "classification-evaluate.txt");
		Files.createDirectories(out.getParent());
		Files.write(out, lines);
	}

	private static HttpResponse<String> call(LiveClient client, String body) {
		HttpResponse<String> response = client.json("POST", "/api/v1/classification/evaluate", body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response;
	}

	/** Bytes allocated so far by the server's request threads. */
	private static long serverAllocatedBytes() {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long total = 0;
		for (Thread thread : Thread.getAllStackTraces().keySet()) {
			if (thread.getName().contains("http-nio") && thread.getName().contains("exec")) {
				total += Math.max(0, threads.getThreadAllocatedBytes(thread.getId()));
			}
		}
		return total;
	}

	static Map<String, Object> request(int size) {
		List<Map<String, Object>> datasets = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			Map<String, Object> attributes = new LinkedHashMap<>();
			attributes.put("name", "Site protection survey " + i);
			attributes.put("aggregation", "record_level");
			attributes.put("location_granularity", "individual");
			attributes.put("direct_identifiers", List.of("phone_numbers"));
			attributes.put("indirect_identifiers", List.of("age", "sex"));
			attributes.put("vulnerable_groups", List.of("unaccompanied_separated_children"));
			attributes.put("topics", List.of("perceived_safety", "armed_actors"));
			attributes.put("protection_data", "yes");
			attributes.put("security_data", "yes");
			attributes.put("case_management_data", "no");
			attributes.put("linkage_keys", List.of("site_id", "individual_id"));
			attributes.put("collection_start", "2025-01-01");
			attributes.put("collection_end", "2025-12-31");
			datasets.add(Map.of("id", "ds-" + i, "attributes", attributes));
		}
		return Map.of("context", Map.of("country", "KE", "contexts", List.of()), "datasets", datasets);
	}

	/** Samples the heap in use every millisecond while calls run. */
	private static final class HeapSampler implements Runnable {

		final AtomicBoolean stop = new AtomicBoolean();

		final AtomicLong peak = new AtomicLong();

		private final MemoryMXBean memory;

		HeapSampler(MemoryMXBean memory) {
			this.memory = memory;
		}

		@Override
		public void run() {
			while (!this.stop.get()) {
				this.peak.accumulateAndGet(this.memory.getHeapMemoryUsage().getUsed(), Math::max);
				LockSupport.parkNanos(1_000_000);
			}
		}

	}

}
