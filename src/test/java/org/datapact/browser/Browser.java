package org.datapact.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for browser tests, as a JUnit extension. Register it in a
 * {@code static} field with {@code @RegisterExtension}.
 * <ul>
 * <li>One browser serves the whole test run; cookies are cleared before every test.</li>
 * <li>Without {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} the tests are
 * skipped with a loud notice, or fail when system property {@code browser.tests.required}
 * is {@code true} (CI).</li>
 * <li>Every page reached through {@link #visit}, {@link #submit} or {@link #follow} is
 * checked with axe-core: any serious or critical violation fails the test. The page a
 * test ends on is checked too.</li>
 * <li>A failing test leaves a screenshot and the page source in
 * {@code target/browser-failures/}.</li>
 * </ul>
 */
public class Browser implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback {

	/**
	 * System properties {@code browser.chromium} and {@code browser.chromedriver}
	 * override.
	 */
	static final Path CHROMIUM = Paths.get(System.getProperty("browser.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Paths.get(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));

	static final Path FAILURES = Paths.get("target", "browser-failures");

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final List<String> BLOCKING_IMPACTS = List.of("serious", "critical");

	/**
	 * Set on a page's window once axe has checked it; a new document starts without it.
	 */
	private static final String CHECKED_MARK = "__datapactAxeChecked";

	private static final String FINGERPRINT_SCRIPT = """
			var copy = document.documentElement.cloneNode(true);
			copy.querySelectorAll('input[name="_csrf"]').forEach(function (e) { e.removeAttribute('value'); });
			copy.querySelectorAll('meta[name="_csrf"]').forEach(function (e) { e.removeAttribute('content'); });
			return copy.outerHTML;
			""";

	/** Fingerprints of pages that have passed the accessibility check in this run. */
	private static final Set<String> PASSED = ConcurrentHashMap.newKeySet();

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

	private WebDriver driver;

	private String baseUrl;

	// ---- JUnit lifecycle

	@Override
	public void beforeAll(ExtensionContext context) {
		requireInstalledBrowser();
		this.driver = context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(RunningBrowser.class, (key) -> new RunningBrowser(), RunningBrowser.class)
			.driver();
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		((ChromeDriver) this.driver).executeCdpCommand("Network.clearBrowserCookies", Map.of());
		this.driver.get("about:blank");
	}

	@Override
	public void afterTestExecution(ExtensionContext context) {
		if (context.getExecutionException().isPresent()) {
			saveFailure(context);
			return;
		}
		try {
			checkCurrentPage();
		}
		catch (AssertionError ex) {
			saveFailure(context);
			throw ex;
		}
	}

	private static void requireInstalledBrowser() {
		for (Path executable : List.of(CHROMIUM, CHROMEDRIVER)) {
			if (!Files.isExecutable(executable)) {
				String message = "BROWSER TESTS SKIPPED: " + executable + " not found";
				if (Boolean.parseBoolean(System.getProperty("browser.tests.required"))) {
					Assertions.fail(executable + " not found, and browser.tests.required is true (CI): "
							+ "install chromium and chromium-driver");
				}
				System.out.println();
				System.out.println("*".repeat(message.length() + 8));
				System.out.println("*** " + message + " ***");
				System.out.println("*".repeat(message.length() + 8));
				System.out.println();
				Assumptions.abort(message);
			}
		}
	}

	// ---- Navigation

	/** Where the application runs, such as {@code http://localhost:8080}. */
	public void baseUrl(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/** Opens a path of the application and checks the page it ends on. */
	public Browser visit(String path) {
		this.driver.get(this.baseUrl + path);
		return checkCurrentPage();
	}

	/** Clicks a button that submits a form and checks the page that answers. */
	public Browser submit(By button) {
		return clickAndWaitForNewPage(button);
	}

	/** Clicks a link and checks the page it leads to. */
	public Browser follow(By link) {
		return clickAndWaitForNewPage(link);
	}

	private Browser clickAndWaitForNewPage(By target) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		click(waitFor(ExpectedConditions.elementToBeClickable(target)));
		waitFor((driver) -> replaced(page));
		return checkCurrentPage();
	}

	/**
	 * Whether the page an element belongs to has gone. Mid-navigation Chromium may report
	 * an old node as "not belonging to the document" rather than stale; both mean the
	 * page was replaced.
	 */
	private static boolean replaced(WebElement page) {
		try {
			page.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	public Browser signIn(String username, String password) {
		visit("/login");
		type(By.id("username"), username);
		type(By.id("password"), password);
		return submit(By.id("sign-in"));
	}

	public Browser signOut() {
		return submit(By.id("logout"));
	}

	// ---- Reading and filling in pages

	public Browser type(By field, String text) {
		WebElement element = waitFor(ExpectedConditions.visibilityOfElementLocated(field));
		element.clear();
		element.sendKeys(text);
		return this;
	}

	public Browser select(By field, String value) {
		new Select(waitFor(ExpectedConditions.visibilityOfElementLocated(field))).selectByValue(value);
		return this;
	}

	public Browser check(By checkbox) {
		WebElement element = waitFor(ExpectedConditions.elementToBeClickable(checkbox));
		if (!element.isSelected()) {
			click(element);
		}
		return this;
	}

	/**
	 * Clicks after scrolling the element into view at once: Bootstrap turns on smooth
	 * scrolling, and a click during a smooth scroll lands wherever the element was. When
	 * the layout still moves under the pointer (a fragment arriving, a slow machine), the
	 * click is intercepted: scroll again and retry until the wait runs out.
	 */
	private void click(WebElement element) {
		waitFor((driver) -> {
			js().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
			try {
				element.click();
				return true;
			}
			catch (ElementClickInterceptedException ex) {
				return false;
			}
		});
	}

	public WebElement find(By locator) {
		return waitFor(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	public String text(By locator) {
		return find(locator).getText().strip();
	}

	public boolean isPresent(By locator) {
		return !this.driver.findElements(locator).isEmpty();
	}

	public String path() {
		String url = this.driver.getCurrentUrl();
		return (url.startsWith(this.baseUrl)) ? url.substring(this.baseUrl.length()) : url;
	}

	public String title() {
		return this.driver.getTitle();
	}

	public WebElement focused() {
		return this.driver.switchTo().activeElement();
	}

	public <T> T waitFor(java.util.function.Function<? super WebDriver, T> condition) {
		return new WebDriverWait(this.driver, TIMEOUT).until(condition);
	}

	public WebDriver driver() {
		return this.driver;
	}

	// ---- Accessibility

	/**
	 * Runs axe-core on the current page unless it has been checked already, and fails on
	 * any serious or critical violation.
	 */
	public Browser checkCurrentPage() {
		if (this.baseUrl == null || !this.driver.getCurrentUrl().startsWith(this.baseUrl)) {
			return this;
		}
		waitFor((d) -> "complete".equals(js().executeScript("return document.readyState")));
		if (Boolean.TRUE.equals(js().executeScript("return window." + CHECKED_MARK + " === true"))) {
			return this;
		}
		String fingerprint = fingerprint();
		if (!PASSED.contains(fingerprint)) {
			assertAccessible();
			PASSED.add(fingerprint);
		}
		js().executeScript("window." + CHECKED_MARK + " = true");
		return this;
	}

	/**
	 * The page's markup without its per-session CSRF token: a page whose markup is
	 * identical to one that has passed passes too, so it need not be analysed again.
	 */
	private String fingerprint() {
		String markup = (String) js().executeScript(FINGERPRINT_SCRIPT);
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(markup.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Runs axe-core on the current page and fails on any serious or critical violation.
	 */
	public Browser assertAccessible() {
		long start = System.nanoTime();
		Results results = new AxeBuilder().analyze(this.driver);
		System.out
			.println("[axe] " + this.driver.getCurrentUrl() + " " + (System.nanoTime() - start) / 1_000_000 + " ms");
		if (results.isErrored()) {
			Assertions
				.fail("axe-core could not check " + this.driver.getCurrentUrl() + ": " + results.getErrorMessage());
		}
		List<Rule> blocking = results.getViolations()
			.stream()
			.filter((rule) -> BLOCKING_IMPACTS.contains(rule.getImpact()))
			.toList();
		if (!blocking.isEmpty()) {
			Assertions.fail("Accessibility violations on " + this.driver.getCurrentUrl() + ":\n"
					+ blocking.stream().map(Browser::describe).collect(Collectors.joining("\n")));
		}
		return this;
	}

	private static String describe(Rule rule) {
		return "- [" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getDescription() + " (" + rule.getHelpUrl()
				+ ")\n" + rule.getNodes().stream().map(Browser::describe).collect(Collectors.joining("\n"));
	}

	private static String describe(CheckedNode node) {
		return "    at " + node.getTarget() + ": " + node.getHtml() + ((node.getFailureSummary() != null)
				? "\n      " + node.getFailureSummary().replace("\n", "\n      ") : "");
	}

	private JavascriptExecutor js() {
		return (JavascriptExecutor) this.driver;
	}

	// ---- Failure evidence

	private void saveFailure(ExtensionContext context) {
		String name = context.getRequiredTestClass().getSimpleName() + "."
				+ context.getDisplayName().replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("_+$", "");
		try {
			Files.createDirectories(FAILURES);
			File screenshot = ((ChromeDriver) this.driver).getScreenshotAs(OutputType.FILE);
			Path png = FAILURES.resolve(name + ".png");
			Files.copy(screenshot.toPath(), png, StandardCopyOption.REPLACE_EXISTING);
			Path html = FAILURES.resolve(name + ".html");
			Files.writeString(html, "<!-- " + this.driver.getCurrentUrl() + " -->\n" + this.driver.getPageSource(),
					StandardCharsets.UTF_8);
			System.out.println("[browser] failure evidence: " + png.toAbsolutePath() + " and " + html.toAbsolutePath());
		}
		catch (IOException | WebDriverException ex) {
			System.out.println("[browser] could not save failure evidence for " + name + ": " + ex);
		}
	}

	/** The one browser of a test run, closed by JUnit when the run ends. */
	static final class RunningBrowser implements AutoCloseable {

		private final Path profile;

		private final ChromeDriver driver;

		RunningBrowser() {
			try {
				this.profile = Files.createTempDirectory("datapact-chromium-");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--window-size=1280,900", "--lang=en", "--user-data-dir=" + this.profile);
			options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en"));
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.build();
			this.driver = new ChromeDriver(service, options);
			this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			// axe-core checks a long questionnaire page in seconds on a quiet machine,
			// but
			// took 40 s on a loaded one: give scripts room rather than fail the check
			this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
		}

		ChromeDriver driver() {
			return this.driver;
		}

		@Override
		public void close() {
			try {
				this.driver.quit();
			}
			finally {
				deleteQuietly(this.profile);
			}
		}

		private static void deleteQuietly(Path directory) {
			try (Stream<Path> paths = Files.walk(directory)) {
				paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
			catch (IOException ex) {
				// a temporary directory; the operating system cleans up what is left
			}
		}

	}

}
