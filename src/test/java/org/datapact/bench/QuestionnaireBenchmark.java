package org.datapact.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.datapact.project.domain.ProjectService;
import org.datapact.questionnaire.GeneratedTemplates;
import org.datapact.questionnaire.QuestionnaireFixtures;
import org.datapact.questionnaire.QuestionnaireFixtures.Team;
import org.datapact.questionnaire.domain.AnswerInput;
import org.datapact.questionnaire.domain.Question;
import org.datapact.questionnaire.domain.QuestionType;
import org.datapact.questionnaire.domain.QuestionnaireService;
import org.datapact.questionnaire.domain.TemplateDefinition;
import org.datapact.support.Fixtures;
import org.datapact.support.SqlStatementCounter;
import org.datapact.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Server time of a 200-question questionnaire page and of autosaves under concurrent
 * load, measured over HTTP on localhost against the real application and PostgreSQL, with
 * the SQL statements each request costs. Run by {@code bench/questionnaire.sh}; not part
 * of the test suite (its name does not end in Test).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import({ Fixtures.class, QuestionnaireFixtures.class, SqlStatementCounter.Configuration.class,
		ServerTimer.Configuration.class })
// The embedded PostgreSQL defaults to synchronous_commit=off; production servers wait for
// the WAL
// to reach the disk at every commit, and so does this benchmark.
@TestPropertySource(properties = { "datapact.sign-in.address-limit=1000", "logging.level.root=WARN",
		"spring.datasource.hikari.connection-init-sql=set synchronous_commit = on" })
class QuestionnaireBenchmark {

	private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private static final Pattern VERSION = Pattern.compile("value=\"(\\d+)\" hx-swap-oob");

	private static final int QUESTIONS = Integer.getInteger("bench.questions", 200);

	private static final int CLIENTS = Integer.getInteger("bench.clients", 8);

	private static final int REQUESTS = Integer.getInteger("bench.requests", 400);

	private static final int WARMUP = Integer.getInteger("bench.warmup", 400);

	@LocalServerPort
	int port;

	@Autowired
	QuestionnaireFixtures questionnaireFixtures;

	@Autowired
	QuestionnaireService questionnaires;

	@Autowired
	ProjectService projects;

	@Autowired
	JdbcClient jdbc;

	@Test
	void questionnairePageAndAutosave() throws Exception {
		TemplateDefinition template = GeneratedTemplates.withQuestions("bench_" + Fixtures.unique(), QUESTIONS);
		UUID templateId = GeneratedTemplates.publish(this.jdbc, template);
		List<Client> clients = new ArrayList<>();
		for (int i = 0; i < CLIENTS / 2; i++) {
			Team team = this.questionnaireFixtures.team();
			this.questionnaires.open(team.projectId(), team.partner().current());
			GeneratedTemplates.use(this.jdbc, team.projectId(), templateId);
			for (Question question : template.questions()) {
				this.questionnaires.save(team.projectId(), team.partner().current(),
						new AnswerInput(null, question.key(), List.of(GeneratedTemplates.answer(question)), 0));
			}
			clients.add(new Client(team, team.partner().username(), 0));
			clients.add(new Client(team, team.partner().username(), 1));
		}
		for (Client client : clients) {
			client.signIn();
		}
		List<String> textKeys = template.questions()
			.stream()
			.filter((question) -> question.type() == QuestionType.SHORT_TEXT && question.condition() == null)
			.map(Question::key)
			.toList();

		long pageStatements = statementsPerRequest(clients.get(0), () -> clients.get(0).page());
		long saveStatements = statementsPerRequest(clients.get(0),
				() -> clients.get(0).save(textKeys.get(0), "counting"));

		run(clients, WARMUP, (client, i) -> client.page());
		run(clients, WARMUP, (client, i) -> client.save(client.key(textKeys, i), "warm " + i));
		ServerTimer.reset();
		List<Double> alone = run(clients.subList(0, 1), REQUESTS / 4, (client, i) -> client.page());
		List<Double> aloneServer = ServerTimer.reset();
		run(clients.subList(0, 2), REQUESTS / 4, (client, i) -> client.page());
		List<Double> pagesPairServer = ServerTimer.reset();
		List<Double> pages = run(clients, REQUESTS, (client, i) -> client.page());
		List<Double> pagesServer = ServerTimer.reset();
		List<Double> savesAlone = run(clients.subList(0, 1), REQUESTS / 4,
				(client, i) -> client.save(client.key(textKeys, i), "alone " + i));
		List<Double> savesAloneServer = ServerTimer.reset();
		run(clients.subList(0, 2), REQUESTS / 4, (client, i) -> client.save(client.key(textKeys, i), "pair " + i));
		List<Double> savesPairServer = ServerTimer.reset();
		List<Double> saves = run(clients, REQUESTS, (client, i) -> client.save(client.key(textKeys, i), "text " + i));
		List<Double> savesServer = ServerTimer.reset();

		StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
				"Questionnaire benchmark: %d questions, %d concurrent clients (2 per questionnaire), %d requests per"
						+ " measure after %d warm-up requests of each kind%n%-34s %8s %8s %8s %8s %6s%n",
				QUESTIONS, clients.size(), REQUESTS, WARMUP, "", "p50", "p95", "p99", "max", "SQL"));
		line(report, "page GET, 1 client, server", aloneServer, pageStatements);
		line(report, "page GET, 1 client, round trip", alone, pageStatements);
		line(report, "page GET, 2 clients, server", pagesPairServer, pageStatements);
		line(report, "page GET, " + clients.size() + " clients, server", pagesServer, pageStatements);
		line(report, "page GET, " + clients.size() + " clients, round trip", pages, pageStatements);
		line(report, "autosave, 1 client, server", savesAloneServer, saveStatements);
		line(report, "autosave, 1 client, round trip", savesAlone, saveStatements);
		line(report, "autosave, 2 clients, server", savesPairServer, saveStatements);
		line(report, "autosave, " + clients.size() + " clients, server", savesServer, saveStatements);
		line(report, "autosave, " + clients.size() + " clients, round trip", saves, saveStatements);
		report.append("(milliseconds per request; server = from the first servlet filter to the response's end,"
				+ " round trip = HTTP on localhost; SQL = statements per request)\n");
		System.out.println(report);
		Path out = Path.of("target", "bench", "questionnaire-" + QUESTIONS + ".txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report.toString());
		assertThat(pages).hasSize(REQUESTS);
		assertThat(savesServer).hasSize(REQUESTS);
	}

	private static void line(StringBuilder report, String label, List<Double> times, long statements) {
		report.append(String.format(Locale.ROOT, "%-34s %8.1f %8.1f %8.1f %8.1f %6d%n", label, percentile(times, 50),
				percentile(times, 95), percentile(times, 99), percentile(times, 100), statements));
	}

	private static long statementsPerRequest(Client client, Action action) throws Exception {
		action.run();
		long before = SqlStatementCounter.total();
		for (int i = 0; i < 10; i++) {
			action.run();
		}
		return Math.round((SqlStatementCounter.total() - before) / 10.0);
	}

	private static List<Double> run(List<Client> clients, int requests, ClientAction action) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients.size());
		List<Double> times = Collections.synchronizedList(new ArrayList<>());
		List<Future<?>> running = new ArrayList<>();
		int perClient = requests / clients.size();
		for (Client client : clients) {
			running.add(pool.submit(() -> {
				for (int i = 0; i < perClient; i++) {
					long start = System.nanoTime();
					action.run(client, i);
					times.add((System.nanoTime() - start) / 1_000_000.0);
				}
				return null;
			}));
		}
		for (Future<?> future : running) {
			future.get();
		}
		pool.shutdown();
		return times;
	}

	private static double percentile(List<Double> values, int percentile) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	interface Action {

		void run() throws Exception;

	}

	interface ClientAction {

		void run(Client client, int i) throws Exception;

	}

	/** One signed-in person in a browser-like HTTP session. */
	final class Client {

		private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		private final Team team;

		private final String username;

		private final int half;

		private final Map<String, Integer> versions = new ConcurrentHashMap<>();

		private String csrf;

		Client(Team team, String username, int half) {
			this.team = team;
			this.username = username;
			this.half = half;
		}

		/**
		 * The two clients of a questionnaire edit different questions, as co-editors do.
		 */
		String key(List<String> keys, int i) {
			return keys.get((2 * i + this.half) % keys.size());
		}

		void signIn() throws IOException, InterruptedException {
			String login = get("/login");
			send(post("/login", "username=" + this.username + "&password=" + encode(Fixtures.PASSWORD) + "&_csrf="
					+ encode(csrf(login))));
			this.csrf = csrf(page());
		}

		String page() throws IOException, InterruptedException {
			HttpResponse<String> response = send(
					HttpRequest.newBuilder(uri("/projects/" + this.team.projectId() + "/questionnaire")).GET().build());
			assertThat(response.statusCode()).isEqualTo(200);
			return response.body();
		}

		void save(String key, String value) throws IOException, InterruptedException {
			int version = this.versions.computeIfAbsent(key, (k) -> 1);
			HttpResponse<String> response = send(
					post("/projects/" + this.team.projectId() + "/questionnaire/answers", "question=" + key + "&value="
							+ encode(value) + "&version=" + version + "&_csrf=" + encode(this.csrf)));
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			Matcher matcher = VERSION.matcher(response.body());
			assertThat(matcher.find()).isTrue();
			this.versions.put(key, Integer.parseInt(matcher.group(1)));
		}

		private String get(String path) throws IOException, InterruptedException {
			return send(HttpRequest.newBuilder(uri(path)).GET().build()).body();
		}

		private HttpRequest post(String path, String form) {
			return HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("HX-Request", "true")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build();
		}

		private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + QuestionnaireBenchmark.this.port + path);
		}

		private String csrf(String html) {
			Matcher matcher = CSRF.matcher(html);
			if (!matcher.find()) {
				matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
				assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
			}
			return matcher.group(1);
		}

	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
