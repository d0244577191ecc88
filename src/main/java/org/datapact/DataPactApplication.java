package org.datapact;

import org.datapact.shared.db.DatabaseUrl;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DataPactApplication {

	public static void main(String[] args) {
		String refusal = DatabaseUrl.refusalReason(System.getenv(), DataPactApplication.class.getClassLoader());
		if (refusal != null) {
			System.err.println(refusal);
			System.exit(2);
		}
		SpringApplication.run(DataPactApplication.class, args);
	}

}
