<?php
/**
 * Settings → SMP widget: the site's defaults for every widget on it, through the Settings
 * API (one option row, a sanitising callback, manage_options, the API's nonce), and a live
 * preview that shows the widget's own warnings.
 *
 * The widget validates every option itself and says why it refuses one; this page keeps
 * that so: values are stored as plain text (URLs as https addresses) and passed to the
 * widget as they are, and its console lines are shown back beside the preview.
 *
 * @package SmpWidget
 */

namespace SmpWidget;

defined( 'ABSPATH' ) || exit;

const SETTINGS_PAGE = 'smp-widget';
const SETTINGS_GROUP = 'smp_widget';

/**
 * Every setting, once: its section, label, input, the widget attribute it becomes (if
 * any), and its default. The names and rules are EMBEDDING.md's.
 *
 * @return array<string, array<string, mixed>>
 */
function fields(): array {
	return array(
		'clinic'                       => array(
			'section'   => 'clinic',
			'label'     => __( 'Clinic name', 'smp-widget' ),
			'type'      => 'text',
			'attribute' => 'clinic',
			'default'   => '',
			'help'      => __( 'Up to 120 characters; shown as text. Empty: the site title.', 'smp-widget' ),
		),
		'phone'                        => array(
			'section'   => 'clinic',
			'label'     => __( 'Phone', 'smp-widget' ),
			'type'      => 'tel',
			'attribute' => 'phone',
			'default'   => '',
			'help'      => __( 'Digits, spaces and + - ( ) . with 7 to 15 digits, e.g. 760.501.0080. The call button and the fallback link.', 'smp-widget' ),
		),
		'booking_url'                  => array(
			'section'   => 'clinic',
			'label'     => __( 'Booking link', 'smp-widget' ),
			'type'      => 'url',
			'attribute' => 'booking-url',
			'default'   => '',
			'help'      => __( 'An https:// address. Without one, the widget offers the phone.', 'smp-widget' ),
		),
		'city'                         => array(
			'section'   => 'clinic',
			'label'     => __( 'Default city', 'smp-widget' ),
			'type'      => 'text',
			'attribute' => 'city',
			'default'   => '',
			'help'      => __( 'The estimator\'s pre-selected city, e.g. Palm Desert, CA (never guessed from the visitor\'s location).', 'smp-widget' ),
		),
		'lang'                         => array(
			'section'   => 'clinic',
			'label'     => __( 'Language', 'smp-widget' ),
			'type'      => 'select',
			'attribute' => 'lang',
			'default'   => '',
			'options'   => array(
				''   => __( 'The page\'s language', 'smp-widget' ),
				'en' => __( 'English', 'smp-widget' ),
				'es' => __( 'Spanish', 'smp-widget' ),
			),
		),
		'clinic_price'                 => array(
			'section'   => 'prices',
			'label'     => __( 'Clinic price', 'smp-widget' ),
			'type'      => 'text',
			'attribute' => 'clinic-price',
			'default'   => '',
			'help'      => __( 'Your own range in US dollars, e.g. 2500-4000. Empty: none is shown (none is invented).', 'smp-widget' ),
		),
		'payment_months'               => array(
			'section'   => 'prices',
			'label'     => __( 'Payment terms: months', 'smp-widget' ),
			'type'      => 'number',
			'attribute' => 'payment-months',
			'default'   => '',
			'help'      => __( '1 to 120. The monthly-payment line needs both months and APR.', 'smp-widget' ),
		),
		'payment_apr'                  => array(
			'section'   => 'prices',
			'label'     => __( 'Payment terms: APR (%)', 'smp-widget' ),
			'type'      => 'number',
			'attribute' => 'payment-apr',
			'default'   => '',
			'help'      => __( '0 to 36.', 'smp-widget' ),
		),
		'brand_color'                  => array(
			'section'   => 'look',
			'label'     => __( 'Brand colour', 'smp-widget' ),
			'type'      => 'text',
			'attribute' => 'brand-color',
			'default'   => '',
			'help'      => __( '#rgb, #rrggbb or rgb(r, g, b). Darkened, with a warning, until white text on it is readable (4.5:1).', 'smp-widget' ),
		),
		'data_layer'                   => array(
			'section'   => 'analytics',
			'label'     => __( 'Google Tag Manager', 'smp-widget' ),
			'type'      => 'checkbox',
			'attribute' => 'data-layer',
			'default'   => false,
			'help'      => __( 'Also push the widget\'s events (start, complete, estimate, call/book) to window.dataLayer. They never carry an answer.', 'smp-widget' ),
		),
		'share_outcome'                => array(
			'section'   => 'analytics',
			'label'     => __( 'Offer to share the result type', 'smp-widget' ),
			'type'      => 'checkbox',
			'attribute' => 'share-outcome',
			'default'   => false,
			'help'      => __( 'Shows the visitor an unticked box on the result to share its category with your analytics. Two categories describe their skin: health data, shared only if they tick it.', 'smp-widget' ),
		),
		'utm'                          => array(
			'section'   => 'analytics',
			'label'     => __( 'Pass UTM parameters', 'smp-widget' ),
			'type'      => 'checkbox',
			'attribute' => 'utm',
			'default'   => false,
			'help'      => __( 'Adds the page\'s utm_* parameters to the booking link.', 'smp-widget' ),
		),
		'leads'                        => array(
			'section' => 'requests',
			'label'   => __( 'Contact requests', 'smp-widget' ),
			'type'    => 'select',
			'default' => 'wordpress',
			'options' => array(
				'wordpress' => __( 'Received here, in this WordPress', 'smp-widget' ),
				'url'       => __( 'Sent to another address (below)', 'smp-widget' ),
				'off'       => __( 'Off: no contact form', 'smp-widget' ),
			),
			'help'    => __( 'The widget offers "Ask the clinic to contact you" on its results. Nothing is sent unless the visitor fills it in, ticks the consent box and presses send.', 'smp-widget' ),
		),
		'lead_url'                     => array(
			'section' => 'requests',
			'label'   => __( 'Other address', 'smp-widget' ),
			'type'    => 'url',
			'default' => '',
			'help'    => __( 'Your form handler or CRM: an https:// address that accepts the widget\'s JSON (see EMBEDDING.md).', 'smp-widget' ),
		),
		'notify_email'                 => array(
			'section' => 'requests',
			'label'   => __( 'Email new requests to', 'smp-widget' ),
			'type'    => 'email',
			'default' => '',
			'help'    => __( 'Empty: the site\'s administration email address.', 'smp-widget' ),
		),
		'retention_days'               => array(
			'section' => 'requests',
			'label'   => __( 'Delete requests after (days)', 'smp-widget' ),
			'type'    => 'int',
			'min'     => 1,
			'max'     => 3650,
			'default' => 90,
			'help'    => __( '1 to 3650. Checked once a day, on every site of a network; while the plugin is deactivated nothing is checked, and on reactivation the overdue requests are deleted first.', 'smp-widget' ),
		),
		'mail_cap'                     => array(
			'section' => 'requests',
			'label'   => __( 'Mails per hour, at most', 'smp-widget' ),
			'type'    => 'int',
			'min'     => 1,
			'max'     => 500,
			'default' => 20,
			'help'    => __( '1 to 500. Requests past this in one hour are still stored, and listed together in one mail after the hour.', 'smp-widget' ),
		),
		'client_header'                => array(
			'section' => 'requests',
			'label'   => __( 'Visitor address header (behind a proxy)', 'smp-widget' ),
			'type'    => 'header',
			'default' => '',
			'help'    => __( 'Only if every visit reaches WordPress through a proxy or CDN you run, the header it puts the visitor\'s address in, e.g. X-Forwarded-For or CF-Connecting-IP; the rate limit (5 requests in 10 minutes per visitor) then counts by that address. Empty: the connection\'s address. Set it without such a proxy and visitors can pick their own address.', 'smp-widget' ),
		),
		'forward_url'                  => array(
			'section' => 'requests',
			'label'   => __( 'Forward each request to (CRM)', 'smp-widget' ),
			'type'    => 'url',
			'default' => '',
			'help'    => __( 'An https:// address. This server sends each new request there as JSON, signed with the secret below (header X-SMP-Signature: t=<time>,sha256=<HMAC-SHA256 of "<time>.<body>">), and retries for about a day. The visitor\'s browser never contacts it.', 'smp-widget' ),
		),
		'forward_new_secret'           => array(
			'section' => 'requests',
			'label'   => __( 'Forwarding secret', 'smp-widget' ),
			'type'    => 'action',
			'default' => false,
			'text'    => __( 'Make a new secret (the old one stops working)', 'smp-widget' ),
			'help'    => __( 'Made when you first set the address, and shown once after saving: copy it into your CRM then.', 'smp-widget' ),
		),
		'source'                       => array(
			'section' => 'files',
			'label'   => __( 'Widget files from', 'smp-widget' ),
			'type'    => 'select',
			'default' => 'local',
			'options' => array(
				'local'    => __( 'This site (no third party sees your visitors)', 'smp-widget' ),
				'jsdelivr' => __( 'The public CDN jsDelivr (same files, same integrity)', 'smp-widget' ),
			),
		),
		'keep_requests_on_uninstall'   => array(
			'section' => 'uninstall',
			'label'   => __( 'On uninstall', 'smp-widget' ),
			'type'    => 'checkbox',
			'default' => false,
			'text'    => __( 'Keep the contact requests when the plugin is deleted', 'smp-widget' ),
			'help'    => __( 'Deleting the plugin (Plugins → Delete) always removes its settings, and removes every contact request unless this is ticked. Kept requests stay in the database with no screen to see them and are no longer deleted after the period above, until the plugin is installed again.', 'smp-widget' ),
		),
	);
}

/** @return array<string, string> Section id => title. */
function sections(): array {
	return array(
		'clinic'    => __( 'Clinic', 'smp-widget' ),
		'prices'    => __( 'Prices', 'smp-widget' ),
		'look'      => __( 'Look', 'smp-widget' ),
		'analytics' => __( 'Analytics (all off by default)', 'smp-widget' ),
		'requests'  => __( 'Contact requests', 'smp-widget' ),
		'files'     => __( 'Files', 'smp-widget' ),
		'uninstall' => __( 'Uninstall', 'smp-widget' ),
	);
}

/** @return array<string, mixed> Every setting's default. */
function defaults(): array {
	return array_map( static fn( $field ) => $field['default'], fields() );
}

/** @return array<string, mixed> The saved settings over the defaults. */
function settings(): array {
	$saved = get_option( OPTION, array() );
	return array_merge( defaults(), is_array( $saved ) ? array_intersect_key( $saved, fields() ) : array() );
}

add_action( 'admin_init', __NAMESPACE__ . '\\register_settings' );
add_action( 'admin_menu', __NAMESPACE__ . '\\add_settings_page' );
add_filter( 'plugin_action_links_' . plugin_basename( FILE ), __NAMESPACE__ . '\\settings_link' );

/** The option, its sanitising callback, and the page's sections and fields. */
function register_settings(): void {
	register_setting(
		SETTINGS_GROUP,
		OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => __NAMESPACE__ . '\\sanitize_settings',
			'default'           => defaults(),
			'show_in_rest'      => false,
		)
	);
	foreach ( sections() as $id => $title ) {
		add_settings_section( 'smp_widget_' . $id, $title, '__return_false', SETTINGS_PAGE );
	}
	foreach ( fields() as $key => $field ) {
		add_settings_field(
			'smp_widget_' . $key,
			esc_html( $field['label'] ),
			__NAMESPACE__ . '\\render_field',
			SETTINGS_PAGE,
			'smp_widget_' . $field['section'],
			array(
				'key'       => $key,
				'label_for' => 'smp-widget-' . str_replace( '_', '-', $key ),
			)
		);
	}
}

function add_settings_page(): void {
	$hook = add_options_page(
		__( 'SMP widget', 'smp-widget' ),
		__( 'SMP widget', 'smp-widget' ),
		'manage_options',
		SETTINGS_PAGE,
		__NAMESPACE__ . '\\render_settings_page'
	);
	add_action( 'admin_enqueue_scripts', static function ( $current ) use ( $hook ) {
		if ( $current === $hook ) {
			enqueue_settings_assets();
		}
	} );
}

/** @param string[] $links */
function settings_link( array $links ): array {
	$url = admin_url( 'options-general.php?page=' . SETTINGS_PAGE );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'smp-widget' ) . '</a>' );
	return $links;
}

/**
 * The sanitising callback: text stays text (tags and line breaks removed, with a notice
 * saying so), the booking link must be https, a refused value keeps the saved one.
 *
 * @param mixed $input What the form posted (already unslashed by options.php).
 * @return array<string, mixed>
 */
function sanitize_settings( $input ): array {
	$input = is_array( $input ) ? $input : array();
	$old   = settings();
	$clean = array();
	foreach ( fields() as $key => $field ) {
		$label = $field['label'];
		$raw   = $input[ $key ] ?? null;
		$raw   = is_scalar( $raw ) ? trim( (string) $raw ) : '';
		switch ( $field['type'] ) {
			case 'checkbox':
				$clean[ $key ] = ! empty( $input[ $key ] );
				break;
			case 'select':
				if ( array_key_exists( $raw, $field['options'] ) ) {
					$clean[ $key ] = $raw;
				} else {
					$clean[ $key ] = $old[ $key ];
					/* translators: %s: a setting's name. */
					refuse( $key, sprintf( __( '%s: that choice does not exist; the saved one is kept.', 'smp-widget' ), $label ) );
				}
				break;
			case 'url':
				// The booking link must be https (EMBEDDING.md); another endpoint may be http
				// only on a local test site, which the widget itself checks.
				$schemes = 'booking_url' === $key ? array( 'https' ) : array( 'https', 'http' );
				$url     = '' === $raw ? '' : esc_url_raw( $raw, $schemes );
				$refused = '' === $url || ! preg_match( '#^https?://#i', $url ) || ( 'booking_url' === $key && 0 !== stripos( $url, 'https://' ) )
					|| ( 'forward_url' === $key && ! forward_url_allowed( $url ) );
				if ( '' !== $raw && $refused ) {
					$clean[ $key ] = $old[ $key ];
					refuse(
						$key,
						sprintf(
							/* translators: 1: a setting's name, 2: the value typed. */
							__( '%1$s: only an https:// address is accepted, so "%2$s" was not saved.', 'smp-widget' ),
							$label,
							$raw
						)
					);
				} else {
					$clean[ $key ] = $url;
				}
				break;
			case 'email':
				$email = sanitize_email( $raw );
				if ( '' !== $raw && ! is_email( $email ) ) {
					$clean[ $key ] = $old[ $key ];
					/* translators: 1: a setting's name, 2: the value typed. */
					refuse( $key, sprintf( __( '%1$s: "%2$s" is not an email address, so it was not saved.', 'smp-widget' ), $label, $raw ) );
				} else {
					$clean[ $key ] = $email;
				}
				break;
			case 'int':
				$number = filter_var( $raw, FILTER_VALIDATE_INT, array( 'options' => array( 'min_range' => $field['min'], 'max_range' => $field['max'] ) ) );
				if ( false === $number ) {
					$clean[ $key ] = $old[ $key ];
					/* translators: 1: a setting's name, 2: the value typed, 3: the smallest number allowed, 4: the largest. */
					refuse( $key, sprintf( __( '%1$s: "%2$s" is not a whole number from %3$d to %4$d, so it was not saved.', 'smp-widget' ), $label, $raw, $field['min'], $field['max'] ) );
				} else {
					$clean[ $key ] = $number;
				}
				break;
			case 'header':
				if ( '' !== $raw && ! preg_match( '/^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/', $raw ) ) {
					$clean[ $key ] = $old[ $key ];
					/* translators: 1: a setting's name, 2: the value typed. */
					refuse( $key, sprintf( __( '%1$s: "%2$s" is not a header name (letters, digits and hyphens, e.g. X-Forwarded-For), so it was not saved.', 'smp-widget' ), $label, $raw ) );
				} else {
					$clean[ $key ] = $raw;
				}
				break;
			case 'action':
				// Not a setting: a one-time request, acted on below.
				$clean[ $key ] = false;
				break;
			default:
				// Text, numbers, the phone and the colour: plain text, which the widget then
				// validates (its warnings show beside the preview).
				$text = sanitize_text_field( mb_substr( $raw, 0, 500 ) );
				if ( $text !== preg_replace( '/[\r\n\t ]+/', ' ', $raw ) ) {
					refuse(
						$key,
						sprintf(
							/* translators: 1: a setting's name, 2: the value saved. */
							__( '%1$s: HTML tags and line breaks are not allowed, so they were removed. Saved: "%2$s".', 'smp-widget' ),
							$label,
							$text
						),
						'warning'
					);
				}
				$clean[ $key ] = $text;
		}
	}
	$wants_secret = ! empty( $input['forward_new_secret'] ) || ( '' !== $clean['forward_url'] && '' === (string) get_option( FORWARD_SECRET, '' ) );
	if ( '' !== $clean['forward_url'] && $wants_secret ) {
		make_secret_once();
	}
	return $clean;
}

/**
 * Makes a new forwarding secret, kept for this administrator's next view of the settings
 * page (secret_notice()) and never shown again.
 */
function make_secret_once(): void {
	static $made = false;
	// The Settings API may call the sanitising callback twice on a first save: one secret.
	if ( $made ) {
		return;
	}
	$made = true;
	set_transient( 'smp_widget_secret_for_' . get_current_user_id(), new_forward_secret(), 10 * MINUTE_IN_SECONDS );
}

/** The new secret, once, with what to do with it. */
function secret_notice(): void {
	$key    = 'smp_widget_secret_for_' . get_current_user_id();
	$secret = get_transient( $key );
	if ( ! is_string( $secret ) || '' === $secret ) {
		return;
	}
	delete_transient( $key );
	printf(
		'<div class="notice notice-info smp-widget-secret"><p>%1$s</p><p><code>%2$s</code></p></div>',
		esc_html__( 'The forwarding secret: copy it into your CRM now. It is not shown again; to change it, tick "Make a new secret" and save.', 'smp-widget' ),
		esc_html( $secret )
	);
}

/**
 * One notice for one field (the Settings API may call the callback twice on a first save).
 * settings_errors() prints the message as HTML: the values in it are escaped here.
 */
function refuse( string $key, string $message, string $type = 'error' ): void {
	static $said = array();
	if ( isset( $said[ $key ] ) ) {
		return;
	}
	$said[ $key ] = true;
	// Outside the admin (an update_option() from other code) there is no page to show it on.
	if ( function_exists( 'add_settings_error' ) ) {
		add_settings_error( OPTION, 'smp-widget-' . $key, esc_html( $message ), $type );
	}
}

/** @param array{key: string, label_for: string} $args */
function render_field( array $args ): void {
	$key      = $args['key'];
	$field    = fields()[ $key ];
	$value    = settings()[ $key ];
	$id       = $args['label_for'];
	$name     = OPTION . '[' . $key . ']';
	$attr     = isset( $field['attribute'] ) ? ' data-smp-attribute="' . esc_attr( $field['attribute'] ) . '"' : '';
	$describe = empty( $field['help'] ) ? '' : ' aria-describedby="' . esc_attr( $id . '-help' ) . '"';
	switch ( $field['type'] ) {
		case 'checkbox':
		case 'action':
			printf(
				'<label><input type="checkbox" id="%1$s" name="%2$s" value="1"%3$s%4$s%5$s> %6$s</label>',
				esc_attr( $id ),
				esc_attr( $name ),
				checked( (bool) $value, true, false ),
				$attr, // Escaped above.
				$describe, // Escaped above.
				esc_html( $field['text'] ?? __( 'On', 'smp-widget' ) )
			);
			break;
		case 'select':
			printf( '<select id="%1$s" name="%2$s"%3$s%4$s>', esc_attr( $id ), esc_attr( $name ), $attr, $describe ); // $attr, $describe: escaped above.
			foreach ( $field['options'] as $option => $text ) {
				printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $option ), selected( (string) $value, (string) $option, false ), esc_html( $text ) );
			}
			echo '</select>';
			break;
		default:
			$types = array(
				'url'    => 'url',
				'email'  => 'email',
				'tel'    => 'tel',
				'number' => 'text',
				'int'    => 'number',
			);
			printf(
				'<input type="%1$s" id="%2$s" name="%3$s" value="%4$s" class="regular-text"%5$s%6$s%7$s>',
				esc_attr( $types[ $field['type'] ] ?? 'text' ),
				esc_attr( $id ),
				esc_attr( $name ),
				esc_attr( (string) $value ),
				'int' === $field['type'] ? sprintf( ' min="%d" max="%d" step="1"', (int) $field['min'], (int) $field['max'] ) : ( 'number' === $field['type'] ? ' inputmode="decimal"' : '' ),
				$attr, // Escaped above.
				$describe // Escaped above.
			);
	}
	if ( ! empty( $field['help'] ) ) {
		printf( '<p class="description" id="%1$s">%2$s</p>', esc_attr( $id . '-help' ), esc_html( $field['help'] ) );
	}
}

function render_settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to manage these settings.', 'smp-widget' ), 403 );
	}
	$settings = settings();
	?>
	<div class="wrap smp-widget-settings">
		<h1><?php esc_html_e( 'SMP widget', 'smp-widget' ); ?></h1>
		<p>
			<?php esc_html_e( 'Add the widget to a page with the "SMP self-assessment" block, or the shortcode [smp_widget] in the classic editor. These are the defaults for every widget on the site; a block can change its mode, parts, language and city.', 'smp-widget' ); ?>
		</p>
		<?php notices( $settings ); ?>
		<?php secret_notice(); ?>
		<div class="smp-widget-columns">
			<form method="post" action="options.php" class="smp-widget-form">
				<?php
				settings_fields( SETTINGS_GROUP );
				do_settings_sections( SETTINGS_PAGE );
				submit_button();
				?>
			</form>
			<aside class="smp-widget-preview" aria-labelledby="smp-widget-preview-title">
				<h2 id="smp-widget-preview-title"><?php esc_html_e( 'Live preview', 'smp-widget' ); ?></h2>
				<p class="description"><?php esc_html_e( 'Follows the form as you type; save to apply it to the site.', 'smp-widget' ); ?></p>
				<div class="smp-widget-warnings" id="smp-widget-warnings">
					<h3><?php esc_html_e( 'The widget says', 'smp-widget' ); ?></h3>
					<ul role="status"></ul>
					<p class="smp-widget-warnings-none"><?php esc_html_e( 'Nothing to fix: every value is accepted.', 'smp-widget' ); ?></p>
				</div>
				<?php
				echo render_element( // Escaped in render_element().
					array(),
					array(
						'id'             => 'smp-widget-preview',
						'data-site-name' => wp_specialchars_decode( wp_strip_all_tags( get_bloginfo( 'name' ) ), ENT_QUOTES ),
					)
				);
				?>
			</aside>
		</div>
	</div>
	<?php
}

/** Facts about the setup a marketer should know before saving. */
function notices( array $settings ): void {
	if ( ! widget_files() ) {
		printf(
			'<div class="notice notice-error"><p>%s</p></div>',
			esc_html__( 'The widget\'s files are missing from this plugin\'s folder. Install the plugin from its release zip (smp-widget-wordpress-<version>.zip).', 'smp-widget' )
		);
	}
	if ( 'wordpress' === $settings['leads'] && ! lead_url_usable( rest_url( REST_NAMESPACE . REST_ROUTE ) ) ) {
		printf(
			'<div class="notice notice-warning"><p>%s</p></div>',
			esc_html__( 'Contact requests need the site to be served over https: on this http address the widget will not offer the contact form.', 'smp-widget' )
		);
	}
}

/** Whether the widget accepts a lead URL from a page of this site: https, or a local test site. */
function lead_url_usable( string $url ): bool {
	$scheme = wp_parse_url( $url, PHP_URL_SCHEME );
	$host   = wp_parse_url( $url, PHP_URL_HOST );
	return 'https' === $scheme || in_array( $host, array( 'localhost', '127.0.0.1' ), true );
}

function enqueue_settings_assets(): void {
	// The console capture first, so it hears the widget from its first line; then the loader.
	wp_enqueue_script( 'smp-widget-admin', plugins_url( 'assets/admin.js', FILE ), array(), VERSION, false );
	wp_enqueue_style( 'smp-widget-admin', plugins_url( 'assets/admin.css', FILE ), array(), VERSION );
	enqueue_widget();
}
