<?php
/**
 * The `<smp-widget>` element, as the block and the shortcode print it: the site's settings
 * and the instance's overrides as attributes (escaped), and the fallback call link inside,
 * shown until the widget is ready and whenever it cannot start.
 *
 * Rendered from server code on every view, it survives any user's edit: what is saved in a
 * post is the block's comment or the shortcode, never the element or a script.
 *
 * @package SmpWidget
 */

namespace SmpWidget;

defined( 'ABSPATH' ) || exit;

/** What a block or a shortcode may set for one widget, over the site's settings. */
const OVERRIDES = array( 'mode', 'parts', 'lang', 'city' );

/**
 * The element's attributes, in a fixed order: the settings, the overrides, then contact
 * requests' endpoint. Values are text; the widget validates each and warns about any it
 * refuses.
 *
 * @param array<string, mixed> $overrides mode, parts, lang, city.
 * @return array<string, string>
 */
function element_attributes( array $overrides ): array {
	$settings   = settings();
	$attributes = array();
	foreach ( fields() as $key => $field ) {
		if ( empty( $field['attribute'] ) ) {
			continue;
		}
		$value = $settings[ $key ];
		if ( 'checkbox' === $field['type'] ) {
			if ( $value ) {
				$attributes[ $field['attribute'] ] = 'true';
			}
		} elseif ( '' !== (string) $value ) {
			$attributes[ $field['attribute'] ] = (string) $value;
		}
	}
	if ( ! isset( $attributes['clinic'] ) ) {
		$name = wp_specialchars_decode( wp_strip_all_tags( get_bloginfo( 'name' ) ), ENT_QUOTES );
		if ( '' !== $name ) {
			$attributes['clinic'] = $name;
		}
	}
	foreach ( OVERRIDES as $key ) {
		$value = isset( $overrides[ $key ] ) && is_scalar( $overrides[ $key ] ) ? sanitize_text_field( (string) $overrides[ $key ] ) : '';
		if ( '' !== $value ) {
			$attributes[ $key ] = $value;
		}
	}
	$lead = lead_url();
	if ( '' !== $lead ) {
		$attributes['lead-url'] = $lead;
	}
	return $attributes;
}

/** Where the widget sends a contact request: this site's REST route, another address, or nowhere. */
function lead_url(): string {
	$settings = settings();
	switch ( $settings['leads'] ) {
		case 'wordpress':
			return rest_url( REST_NAMESPACE . REST_ROUTE );
		case 'url':
			return (string) $settings['lead_url'];
		default:
			return '';
	}
}

/**
 * The element with its fallback.
 *
 * @param array<string, mixed>  $overrides mode, parts, lang, city.
 * @param array<string, string> $extra     More attributes for the element (id), escaped here.
 * @param string                $wrapper   A block's wrapper attributes, escaped by WordPress
 *                                         (get_block_wrapper_attributes()).
 */
function render_element( array $overrides, array $extra = array(), string $wrapper = '' ): string {
	$html       = '<smp-widget' . ( '' === $wrapper ? '' : ' ' . $wrapper );
	$attributes = element_attributes( $overrides );
	foreach ( array_merge( $extra, $attributes ) as $name => $value ) {
		$escaped = in_array( $name, array( 'booking-url', 'lead-url' ), true ) ? esc_url( $value ) : esc_attr( $value );
		$html   .= ' ' . $name . '="' . $escaped . '"';
	}
	$popup = 'popup' === trim( (string) ( $attributes['mode'] ?? '' ) );
	return $html . '>' . ( $popup ? fallback( $attributes['lang'] ?? '' ) : fallback_card( $attributes ) ) . '</smp-widget>';
}

/**
 * An inline widget's fallback as the page's reserving rules show it while the widget loads
 * and whenever it cannot start: a card with the clinic's name, a short line and the call
 * link (the snippet's and the configurator's, in the widget's language), so the reserved
 * box never looks empty. A popup keeps the link alone: its box is a button's.
 *
 * @param array<string, string> $attributes The element's attributes.
 */
function fallback_card( array $attributes ): string {
	$link = fallback( $attributes['lang'] ?? '' );
	if ( '' === $link ) {
		return '';
	}
	$language = page_language( $attributes['lang'] ?? '' );
	$clinic   = (string) ( $attributes['clinic'] ?? '' );
	return ( '' === $clinic ? '' : '<p><strong>' . esc_html( $clinic ) . '</strong></p>' )
		. '<p>' . esc_html( in_language( $language, 'Is scalp micropigmentation right for you? Call us and ask.' ) ) . '</p>'
		. '<p>' . $link . '</p>'; // Escaped in fallback().
}

/**
 * A block's or a shortcode's widget: inline where it stands; a popup at the end of the page
 * (EMBEDDING.md's advice), where its fallback call link shows until it opens without
 * moving any of the page's text when it goes. The editor's preview keeps it in place.
 *
 * @param array<string, mixed> $overrides mode, parts, lang, city.
 * @param string               $wrapper   A block's wrapper attributes (escaped).
 */
function render_widget( array $overrides, string $wrapper = '' ): string {
	static $popups = array();
	enqueue_widget();
	$html  = render_element( $overrides, array(), $wrapper );
	$popup = 'popup' === ( isset( $overrides['mode'] ) && is_scalar( $overrides['mode'] ) ? trim( (string) $overrides['mode'] ) : '' );
	if ( ! $popup || ( defined( 'REST_REQUEST' ) && REST_REQUEST ) || is_admin() || did_action( 'wp_footer' ) ) {
		return $html;
	}
	if ( ! $popups ) {
		add_action(
			'wp_footer',
			static function () use ( &$popups ) {
				echo implode( "\n", $popups ); // Escaped in render_element().
			}
		);
	}
	$popups[] = $html;
	return '';
}

/**
 * Shown until the widget is ready, and whenever it cannot start: a call link, else booking,
 * in the language the widget speaks on the page.
 *
 * @param string $lang The element's lang attribute ('' without one).
 */
function fallback( string $lang = '' ): string {
	$settings = settings();
	$language = page_language( $lang );
	$digits   = preg_replace( '/[^0-9+]/', '', (string) $settings['phone'] );
	if ( '' !== $digits ) {
		return sprintf(
			'<a href="%1$s">%2$s</a>',
			esc_url( 'tel:' . $digits ),
			/* translators: %s: the clinic's phone number. */
			esc_html( sprintf( in_language( $language, 'Call %s' ), $settings['phone'] ) )
		);
	}
	if ( '' !== $settings['booking_url'] ) {
		return sprintf( '<a href="%1$s">%2$s</a>', esc_url( $settings['booking_url'] ), esc_html( in_language( $language, 'Book a consultation' ) ) );
	}
	return '';
}
