package org.datapact.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application executes, per thread, by wrapping its
 * {@link DataSource}: tests and benchmarks use it to show that a request costs the same
 * number of statements however large the data it shows.
 */
public final class SqlStatementCounter {

	private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
			"executeLargeUpdate", "executeBatch", "executeLargeBatch");

	private static final ThreadLocal<long[]> PER_THREAD = ThreadLocal.withInitial(() -> new long[1]);

	private static final AtomicLong TOTAL = new AtomicLong();

	private SqlStatementCounter() {
	}

	/** Statements executed by the current thread since it last asked. */
	public static long takeForThisThread() {
		long[] count = PER_THREAD.get();
		long taken = count[0];
		count[0] = 0;
		return taken;
	}

	/** Statements executed by every thread since start. */
	public static long total() {
		return TOTAL.get();
	}

	/** Registers the counting wrapper around the application's data source. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		static BeanPostProcessor sqlStatementCounting() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass()))
							? wrap(dataSource, DataSource.class) : bean;
				}
			};
		}

	}

	@SuppressWarnings("unchecked")
	static <T> T wrap(T target, Class<T> type) {
		InvocationHandler handler = (proxy, method, args) -> {
			Object result = invoke(target, method, args);
			if (EXECUTIONS.contains(method.getName()) && target instanceof Statement) {
				PER_THREAD.get()[0]++;
				TOTAL.incrementAndGet();
			}
			if (result instanceof Connection connection && method.getReturnType() == Connection.class) {
				return wrap(connection, Connection.class);
			}
			if (result instanceof Statement statement && Statement.class.isAssignableFrom(method.getReturnType())) {
				return wrap(statement, (Class<Statement>) method.getReturnType());
			}
			return result;
		};
		return (T) Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(), new Class<?>[] { type }, handler);
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

}
