/* Settings → SMP widget: the live preview follows the form as the marketer types, and the
   widget's own console lines (it validates every option and says why it refuses one) are
   shown beside it. Loaded in <head>, before the widget's loader, so it hears every line. */
( function () {
	'use strict';
	var PREFIX = '[smp-widget]';
	var lines = [];
	var list = null;

	function show() {
		if ( ! list ) {
			return;
		}
		list.textContent = '';
		lines.forEach( function ( line ) {
			var item = document.createElement( 'li' );
			item.textContent = line.replace( PREFIX, '' ).trim();
			list.appendChild( item );
		} );
		list.parentNode.classList.toggle( 'has-warnings', lines.length > 0 );
	}

	[ 'error', 'warn', 'info' ].forEach( function ( level ) {
		var original = console[ level ];
		console[ level ] = function () {
			var text = Array.prototype.map.call( arguments, String ).join( ' ' );
			if ( text.indexOf( PREFIX ) === 0 && lines.indexOf( text ) < 0 ) {
				lines.push( text );
				show();
			}
			return original.apply( console, arguments );
		};
	} );

	function start() {
		var form = document.querySelector( '.smp-widget-form' );
		var preview = document.getElementById( 'smp-widget-preview' );
		list = document.querySelector( '#smp-widget-warnings ul' );
		show();
		if ( ! form || ! preview ) {
			return;
		}
		function apply( input ) {
			var name = input.getAttribute( 'data-smp-attribute' );
			if ( ! name ) {
				return;
			}
			var value = input.type === 'checkbox' ? ( input.checked ? 'true' : '' ) : input.value.trim();
			if ( name === 'clinic' && value === '' ) {
				value = preview.getAttribute( 'data-site-name' ) || '';
			}
			// The widget re-reads every option on a change and reports all it refuses: start afresh.
			lines = [];
			show();
			if ( value === '' ) {
				preview.removeAttribute( name );
			} else {
				preview.setAttribute( name, value );
			}
		}
		form.addEventListener( 'input', function ( event ) {
			apply( event.target );
		} );
		form.addEventListener( 'change', function ( event ) {
			apply( event.target );
		} );
	}

	if ( document.readyState === 'loading' ) {
		document.addEventListener( 'DOMContentLoaded', start );
	} else {
		start();
	}
} )();
