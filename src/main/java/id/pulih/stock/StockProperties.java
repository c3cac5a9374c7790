package id.pulih.stock;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Stock settings.
 *
 * @param nearExpiryDays a batch with stock is near expiry when it expires within this
 * many days
 * @param usageWeeks the weeks of issues averaged for the low-stock alert
 */
@ConfigurationProperties("pulih.stock")
public record StockProperties(@DefaultValue("90") int nearExpiryDays, @DefaultValue("12") int usageWeeks) {

}
