package org.datapact.shared.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.springframework.stereotype.Component;

/**
 * Stores a text column encrypted with {@link PersonalDataCipher}: use
 * {@code @Convert(converter = Encrypted.class)} on personal data.
 */
@Component
@Converter
public class Encrypted implements AttributeConverter<String, String> {

	private final PersonalDataCipher cipher;

	public Encrypted(PersonalDataCipher cipher) {
		this.cipher = cipher;
	}

	@Override
	public String convertToDatabaseColumn(String plaintext) {
		return this.cipher.encrypt(plaintext);
	}

	@Override
	public String convertToEntityAttribute(String stored) {
		return this.cipher.decrypt(stored);
	}

}
