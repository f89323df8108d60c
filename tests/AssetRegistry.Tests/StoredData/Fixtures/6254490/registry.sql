--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: registry; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA registry;


--
-- Name: mt_archive_stream(character varying); Type: FUNCTION; Schema: registry; Owner: -
--

CREATE FUNCTION registry.mt_archive_stream(streamid character varying) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
  update registry.mt_streams set is_archived = TRUE where id = streamid ;
  update registry.mt_events set is_archived = TRUE where stream_id = streamid ;
END;
$$;


--
-- Name: mt_grams_array(text, boolean); Type: FUNCTION; Schema: registry; Owner: -
--

CREATE FUNCTION registry.mt_grams_array(words text, use_unaccent boolean DEFAULT false) RETURNS text[]
    LANGUAGE plpgsql IMMUTABLE STRICT
    AS $$
        DECLARE
result text[];
        DECLARE
word text;
        DECLARE
clean_word text;
BEGIN
                FOREACH
word IN ARRAY string_to_array(words, ' ')
                LOOP
                     clean_word = regexp_replace(registry.mt_safe_unaccent(use_unaccent, word), '[^a-zA-Z0-9]+', '','g');
FOR i IN 1 .. length(clean_word)
                     LOOP
                         result := result || quote_literal(substr(lower(clean_word), i, 1));
                         result
:= result || quote_literal(substr(lower(clean_word), i, 2));
                         result
:= result || quote_literal(substr(lower(clean_word), i, 3));
END LOOP;
END LOOP;

RETURN ARRAY(SELECT DISTINCT e FROM unnest(result) AS a(e) ORDER BY e);
END;
$$;


--
-- Name: mt_grams_query(text, boolean); Type: FUNCTION; Schema: registry; Owner: -
--

CREATE FUNCTION registry.mt_grams_query(text, use_unaccent boolean DEFAULT false) RETURNS tsquery
    LANGUAGE plpgsql IMMUTABLE STRICT
    AS $_$
BEGIN
RETURN (SELECT array_to_string(registry.mt_grams_array($1, use_unaccent), ' & ') ::tsquery);
END
$_$;


--
-- Name: mt_grams_vector(text, boolean); Type: FUNCTION; Schema: registry; Owner: -
--

CREATE FUNCTION registry.mt_grams_vector(text, use_unaccent boolean DEFAULT false) RETURNS tsvector
    LANGUAGE plpgsql IMMUTABLE STRICT
    AS $_$
BEGIN
RETURN (SELECT array_to_string(registry.mt_grams_array($1, use_unaccent), ' ') ::tsvector);
END
$_$;


--
-- Name: mt_immutable_date(text); Type: FUNCTION; Schema: registry; Owner: -
--

CREATE FUNCTION registry.mt_immutable_date(value text) RETURNS date
    LANGUAGE sql IMMUTABLE
    AS $$
select value::date

$$;


--
-- Name: mt_immutable_time(text); Type: FUNCTION; Schema: registry; Owner: -
--

CREATE FUNCTION registry.mt_immutable_time(value text) RETURNS time without time zone
    LANGUAGE sql IMMUTABLE
    AS $$
select value::time

$$;


--
-- Name: mt_immutable_timestamp(text); Type: FUNCTION; Schema: registry; Owner: -
--

CREATE FUNCTION registry.mt_immutable_timestamp(value text) RETURNS timestamp without time zone
    LANGUAGE sql IMMUTABLE
    AS $$
select value::timestamp

$$;


--
-- Name: mt_immutable_timestamptz(text); Type: FUNCTION; Schema: registry; Owner: -
--

CREATE FUNCTION registry.mt_immutable_timestamptz(value text) RETURNS timestamp with time zone
    LANGUAGE sql IMMUTABLE
    AS $$
select value::timestamptz

$$;


--
-- Name: mt_jsonb_append(jsonb, text[], jsonb, boolean, jsonb); Type: FUNCTION; Schema: registry; Owner: -
--

CREATE FUNCTION registry.mt_jsonb_append(jsonb, text[], jsonb, boolean, jsonb DEFAULT NULL::jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    val ALIAS FOR $3;
    if_not_exists ALIAS FOR $4;
    patch_expression ALIAS FOR $5;
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'array' THEN
        CASE
            WHEN NOT if_not_exists THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            WHEN patch_expression IS NULL AND jsonb_typeof(val) = 'object' AND NOT tmp_value @> jsonb_build_array(val) THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            WHEN patch_expression IS NULL AND jsonb_typeof(val) <> 'object' AND NOT tmp_value @> val THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            WHEN patch_expression IS NOT NULL AND jsonb_typeof(patch_expression) = 'array' AND jsonb_array_length(patch_expression) = 0 THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            ELSE NULL;
            END CASE;
    END IF;
    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_append_key_value(jsonb, text[], jsonb, boolean); Type: FUNCTION; Schema: registry; Owner: -
--

CREATE FUNCTION registry.mt_jsonb_append_key_value(jsonb, text[], jsonb, boolean) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    val ALIAS FOR $3;
    if_not_exists ALIAS FOR $4;
    tmp_value jsonb;
    _key text;
BEGIN
    tmp_value = retval #> location;

    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'object' THEN
        CASE
            WHEN NOT if_not_exists THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            WHEN NOT tmp_value ?| ARRAY(SELECT jsonb_object_keys(val)) THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            ELSE NULL;
        END CASE;
    END IF;
    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_copy(jsonb, text[], text[]); Type: FUNCTION; Schema: registry; Owner: -
--

CREATE FUNCTION registry.mt_jsonb_copy(jsonb, text[], text[]) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    src_path ALIAS FOR $2;
    dst_path ALIAS FOR $3;
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> src_path;
    retval = registry.mt_jsonb_fix_null_parent(retval, dst_path);
    RETURN jsonb_set(retval, dst_path, tmp_value::jsonb, TRUE);
END;
$_$;


--
-- Name: mt_jsonb_duplicate(jsonb, text[], jsonb); Type: FUNCTION; Schema: registry; Owner: -
--

CREATE FUNCTION registry.mt_jsonb_duplicate(jsonb, text[], jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    targets ALIAS FOR $3;
    tmp_value jsonb;
    target_path text[];
    target text;
BEGIN
    FOR target IN SELECT jsonb_array_elements_text(targets)
    LOOP
        target_path = registry.mt_jsonb_path_to_array(target, '\.');
        retval = registry.mt_jsonb_copy(retval, location, target_path);
    END LOOP;

    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_fix_null_parent(jsonb, text[]); Type: FUNCTION; Schema: registry; Owner: -
--

CREATE FUNCTION registry.mt_jsonb_fix_null_parent(jsonb, text[]) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
retval ALIAS FOR $1;
    dst_path ALIAS FOR $2;
    dst_path_segment text[] = ARRAY[]::text[];
    dst_path_array_length integer;
    i integer = 1;
BEGIN
    dst_path_array_length = array_length(dst_path, 1);
    WHILE i <=(dst_path_array_length - 1)
    LOOP
        dst_path_segment = dst_path_segment || ARRAY[dst_path[i]];
        IF retval #> dst_path_segment IS NULL OR retval #> dst_path_segment = 'null'::jsonb THEN
            retval = jsonb_set(retval, dst_path_segment, '{}'::jsonb, TRUE);
        END IF;
        i = i + 1;
    END LOOP;

    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_increment(jsonb, text[], numeric); Type: FUNCTION; Schema: registry; Owner: -
--

CREATE FUNCTION registry.mt_jsonb_increment(jsonb, text[], numeric) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
retval ALIAS FOR $1;
    location ALIAS FOR $2;
    increment_value ALIAS FOR $3;
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NULL THEN
        tmp_value = to_jsonb(0);
END IF;

RETURN jsonb_set(retval, location, to_jsonb(tmp_value::numeric + increment_value), TRUE);
END;
$_$;


--
-- Name: mt_jsonb_insert(jsonb, text[], jsonb, integer, boolean, jsonb); Type: FUNCTION; Schema: registry; Owner: -
--

CREATE FUNCTION registry.mt_jsonb_insert(jsonb, text[], jsonb, integer, boolean, jsonb DEFAULT NULL::jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    val ALIAS FOR $3;
    elm_index ALIAS FOR $4;
    if_not_exists ALIAS FOR $5;
    patch_expression ALIAS FOR $6;
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'array' THEN
        IF elm_index IS NULL THEN
            elm_index = jsonb_array_length(tmp_value) + 1;
        END IF;
        CASE
            WHEN NOT if_not_exists THEN
                retval = jsonb_insert(retval, location || elm_index::text, val);
            WHEN patch_expression IS NULL AND jsonb_typeof(val) = 'object' AND NOT tmp_value @> jsonb_build_array(val) THEN
                retval = jsonb_insert(retval, location || elm_index::text, val);
            WHEN patch_expression IS NULL AND jsonb_typeof(val) <> 'object' AND NOT tmp_value @> val THEN
                retval = jsonb_insert(retval, location || elm_index::text, val);
            WHEN patch_expression IS NOT NULL AND jsonb_typeof(patch_expression) = 'array' AND jsonb_array_length(patch_expression) = 0 THEN
                retval = jsonb_insert(retval, location || elm_index::text, val);
            ELSE NULL;
        END CASE;
    END IF;
    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_move(jsonb, text[], text); Type: FUNCTION; Schema: registry; Owner: -
--

CREATE FUNCTION registry.mt_jsonb_move(jsonb, text[], text) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    src_path ALIAS FOR $2;
    dst_name ALIAS FOR $3;
    dst_path text[];
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> src_path;
    retval = retval #- src_path;
    dst_path = src_path;
    dst_path[array_length(dst_path, 1)] = dst_name;
    retval = registry.mt_jsonb_fix_null_parent(retval, dst_path);
    RETURN jsonb_set(retval, dst_path, tmp_value, TRUE);
END;
$_$;


--
-- Name: mt_jsonb_patch(jsonb, jsonb); Type: FUNCTION; Schema: registry; Owner: -
--

CREATE FUNCTION registry.mt_jsonb_patch(jsonb, jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    patchset ALIAS FOR $2;
    patch jsonb;
    patch_path text[];
    patch_expression jsonb;
    value jsonb;
BEGIN
    FOR patch IN SELECT * from jsonb_array_elements(patchset)
    LOOP
        patch_path = registry.mt_jsonb_path_to_array((patch->>'path')::text, '\.');

        patch_expression = null;
        IF (patch->>'type') IN ('remove', 'append_if_not_exists', 'insert_if_not_exists') AND (patch->>'expression') IS NOT NULL THEN
            patch_expression = jsonb_path_query_array(retval #> patch_path, (patch->>'expression')::jsonpath);
        END IF;

        CASE patch->>'type'
            WHEN 'set' THEN
                retval = jsonb_set(retval, patch_path, (patch->'value')::jsonb, TRUE);
            WHEN 'delete' THEN
                retval = retval#-patch_path;
            WHEN 'append' THEN
                retval = registry.mt_jsonb_append(retval, patch_path, (patch->'value')::jsonb, FALSE);
            WHEN 'append_if_not_exists' THEN
                retval = registry.mt_jsonb_append(retval, patch_path, (patch->'value')::jsonb, TRUE, patch_expression);
            WHEN 'append_key_value' THEN
                retval = registry.mt_jsonb_append_key_value(retval, patch_path, (patch->'key_value')::jsonb, FALSE);
            WHEN 'append_key_value_if_not_exists' THEN
                retval = registry.mt_jsonb_append_key_value(retval, patch_path, (patch->'key_value')::jsonb, TRUE);
            WHEN 'insert' THEN
                retval = registry.mt_jsonb_insert(retval, patch_path, (patch->'value')::jsonb, (patch->>'index')::integer, FALSE);
            WHEN 'insert_if_not_exists' THEN
                retval = registry.mt_jsonb_insert(retval, patch_path, (patch->'value')::jsonb, (patch->>'index')::integer, TRUE, patch_expression);
            WHEN 'remove' THEN
                retval = registry.mt_jsonb_remove(retval, patch_path, COALESCE(patch_expression, (patch->'value')::jsonb));
            WHEN 'remove_key' THEN
                retval = registry.mt_jsonb_remove_key(retval, patch_path, (patch->>'key'));
            WHEN 'duplicate' THEN
                retval = registry.mt_jsonb_duplicate(retval, patch_path, (patch->'targets')::jsonb);
            WHEN 'rename' THEN
                retval = registry.mt_jsonb_move(retval, patch_path, (patch->>'to')::text);
            WHEN 'increment' THEN
                retval = registry.mt_jsonb_increment(retval, patch_path, (patch->>'increment')::numeric);
            WHEN 'increment_float' THEN
                retval = registry.mt_jsonb_increment(retval, patch_path, (patch->>'increment')::numeric);
            ELSE NULL;
        END CASE;
    END LOOP;
    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_path_to_array(text, character); Type: FUNCTION; Schema: registry; Owner: -
--

CREATE FUNCTION registry.mt_jsonb_path_to_array(text, character) RETURNS text[]
    LANGUAGE plpgsql
    AS $_$
DECLARE
    location ALIAS FOR $1;
    regex_pattern ALIAS FOR $2;
BEGIN
RETURN regexp_split_to_array(location, regex_pattern)::text[];
END;
$_$;


--
-- Name: mt_jsonb_remove(jsonb, text[], jsonb); Type: FUNCTION; Schema: registry; Owner: -
--

CREATE FUNCTION registry.mt_jsonb_remove(jsonb, text[], jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    val ALIAS FOR $3;
    tmp_value jsonb;
    tmp_remove jsonb;
    patch_remove jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'array' THEN
        IF jsonb_typeof(val) = 'array' THEN
            tmp_remove = val;
        ELSE
            tmp_remove = jsonb_build_array(val);
        END IF;

        FOR patch_remove IN SELECT * FROM jsonb_array_elements(tmp_remove)
        LOOP
            tmp_value =(SELECT jsonb_agg(elem)
            FROM jsonb_array_elements(tmp_value) AS elem
            WHERE elem <> patch_remove);
        END LOOP;

        IF tmp_value IS NULL THEN
            tmp_value = '[]'::jsonb;
        END IF;
    END IF;
    RETURN jsonb_set(retval, location, tmp_value, FALSE);
END;
$_$;


--
-- Name: mt_jsonb_remove_key(jsonb, text[], text); Type: FUNCTION; Schema: registry; Owner: -
--

CREATE FUNCTION registry.mt_jsonb_remove_key(jsonb, text[], text) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    _key ALIAS FOR $3;
    tmp_value jsonb;
    tmp_remove jsonb;
    patch_remove jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'object' THEN
        RETURN jsonb_set(retval, location, tmp_value - _key, FALSE);
    END IF;
    RETURN retval;
END;
$_$;


--
-- Name: mt_mark_event_progression(character varying, bigint); Type: FUNCTION; Schema: registry; Owner: -
--

CREATE FUNCTION registry.mt_mark_event_progression(name character varying, last_encountered bigint) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
INSERT INTO registry.mt_event_progression (name, last_seq_id, last_updated)
VALUES (name, last_encountered, transaction_timestamp())
ON CONFLICT ON CONSTRAINT pk_mt_event_progression
    DO
UPDATE SET last_seq_id = last_encountered, last_updated = transaction_timestamp();

END;

$$;


--
-- Name: mt_mark_progression_with_skip(character varying, bigint, bigint); Type: FUNCTION; Schema: registry; Owner: -
--

CREATE FUNCTION registry.mt_mark_progression_with_skip(shard_name character varying, ending_sequence bigint, starting_sequence bigint) RETURNS bigint
    LANGUAGE plpgsql
    AS $$
DECLARE
    current_value bigint;
BEGIN
    select last_seq_id into current_value from registry.mt_event_progression where name = shard_name;

    IF current_value is null then
        -- Bootstrap the high-water row on first invocation. Previously this branch
        -- returned 0, which left HighWaterAgent.CheckNowAsync polling forever because
        -- statistics.CurrentMark never advanced. Issue #4425.
        INSERT INTO registry.mt_event_progression (name, last_seq_id, last_updated)
        VALUES (shard_name, ending_sequence, transaction_timestamp())
        ON CONFLICT ON CONSTRAINT pk_mt_event_progression
            DO UPDATE SET last_seq_id = ending_sequence, last_updated = transaction_timestamp();
        IF ending_sequence > starting_sequence THEN
            -- Idempotent: a rebuild/replay re-marks the same skip (ending_sequence is the
            -- PK). Re-recording an existing gap is a no-op. Conflict target is the PK
            -- constraint (the bare column name collides with the function parameter). #4530.
            insert into registry.mt_high_water_skips (ending_sequence, starting_sequence) values (ending_sequence, starting_sequence)
                on conflict on constraint pkey_mt_high_water_skips_ending_sequence do nothing;
        END IF;
        return ending_sequence;
    ELSIF current_value = starting_sequence THEN
        update registry.mt_event_progression SET last_seq_id = ending_sequence, last_updated = transaction_timestamp() where shard_name = name;
        insert into registry.mt_high_water_skips (ending_sequence, starting_sequence) values (ending_sequence, starting_sequence)
            on conflict on constraint pkey_mt_high_water_skips_ending_sequence do nothing;
        return ending_sequence;
    ELSE
        return current_value;
    END IF;
END
$$;


--
-- Name: mt_quick_append_events(character varying, character varying, character varying, uuid[], character varying[], character varying[], jsonb[], bytea[], timestamp with time zone[], bigint); Type: FUNCTION; Schema: registry; Owner: -
--

CREATE FUNCTION registry.mt_quick_append_events(stream character varying, stream_type character varying, tenantid character varying, event_ids uuid[], event_types character varying[], dotnet_types character varying[], bodies jsonb[], bdatas bytea[], timestamps timestamp with time zone[], expected_version bigint DEFAULT NULL::bigint) RETURNS bigint[]
    LANGUAGE plpgsql
    AS $$
DECLARE
	event_version bigint;
	stream_is_archived boolean;
	event_type varchar;
	event_id uuid;
	body jsonb;
	index int;
	seq bigint;
    actual_tenant varchar;
    is_new_stream boolean := false;
	return_value bigint[];
BEGIN
    if expected_version IS NOT NULL then
        -- COALESCE turns the NULL we get for a brand-new stream into 0, so a
        -- FetchForWriting against a non-existent stream (which sets
        -- ExpectedVersionOnServer = 0) and a StartStream(id, version: 0) both
        -- land on the new-stream branch instead of mis-firing the guard.
        select version, is_archived into event_version, stream_is_archived from registry.mt_streams where id = stream for update;
        if COALESCE(event_version, 0) != expected_version then
            RAISE EXCEPTION 'Stream version mismatch on ''%'': expected %, actual %', stream, expected_version, COALESCE(event_version, 0) USING ERRCODE = 'MT003';
        end if;
    else
        select version, is_archived into event_version, stream_is_archived from registry.mt_streams where id = stream;
    end if;

	if event_version IS NULL then
		event_version = 0;
		is_new_stream := true;
		-- #5456 follow-up: insert the FINAL version straight away rather than 0 plus a
		-- trailing UPDATE of the row we just wrote in this same transaction. That UPDATE
		-- is a second heap tuple + WAL record per stream creation for no observable gain
		-- -- nothing outside this transaction can see the intermediate 0. The trailing
		-- UPDATE below is skipped for this branch via is_new_stream.
		insert into registry.mt_streams (id, type, version, timestamp, tenant_id) values (stream, stream_type, COALESCE(array_length(event_ids, 1), 0), now(), tenantid);
    else
        if stream_is_archived then
            RAISE EXCEPTION 'Attempted to append event to archived stream with Id ''%''.', stream USING ERRCODE = 'MT001';
        end if;
        if tenantid IS NOT NULL then
            select tenant_id into actual_tenant from registry.mt_streams where id = stream;
            if actual_tenant != tenantid then
                RAISE EXCEPTION 'The tenantid does not match the existing stream';
            end if;
        end if;
	end if;

	index := 1;
	-- #5062: array_length('{}', 1) is NULL in PostgreSQL, not 0, so a call with an
	-- empty event array used to return ARRAY[NULL] -- a bigint[] whose only element
	-- is NULL, which Npgsql cannot read into long[] ('Cannot read a non-nullable
	-- collection of elements because the returned array contains nulls'). COALESCE
	-- makes the empty case mean what it says: zero events appended, so the final
	-- version is the stream's current version.
	return_value := ARRAY[event_version + COALESCE(array_length(event_ids, 1), 0)];

	foreach event_id in ARRAY event_ids
	loop
        seq := nextval('registry.mt_events_sequence');
		return_value := array_append(return_value, seq);

	    event_version := event_version + 1;
		event_type = event_types[index];
		body = bodies[index];

		-- #4515 / #4578 / Phase 2: bdatas[index] carries the binary payload
		-- for events opted in to binary serialization (NULL otherwise).
		-- bodies[index] is the {} JSON placeholder for those events so the
		-- existing data jsonb NOT NULL constraint stays intact.
		insert into registry.mt_events
			(seq_id, id, stream_id, version, data, bdata, type, tenant_id, timestamp, mt_dotnet_type, is_archived)
		values
			(seq, event_id, stream, event_version, body, bdatas[index], event_type, tenantid, timestamps[index], dotnet_types[index], FALSE);

		index := index + 1;
	end loop;

	-- A brand-new stream already carries its final version from the insert above, so the
	-- UPDATE is only needed when we appended onto a stream that already existed.
	--
	-- #5539: and only when we actually appended something. With ZERO events this was a BLIND write-back
	-- of the version read at the top of the function, and under READ COMMITTED that is a lost update: the
	-- UPDATE waits on a concurrent appender's row lock, the winner commits, the WHERE clause is
	-- re-evaluated against the new row, and `set version = <the stale value>` lands -- leaving
	-- mt_streams.version BELOW the stream's own events. Every later append then computes a version that
	-- already exists and dies on pk_mt_events_stream_and_version, forever, until the row is repaired by
	-- hand. A non-empty call cannot do this: its first INSERT collides with the winner on that same
	-- primary key and rolls the whole thing back, which is why only the empty case was exposed.
	--
	-- Two independent guards, because either alone would have been enough and the cost of both is nil:
	--   * the append count -- appending nothing has nothing to write, so the correct number of statements
	--     is zero rather than one that happens to be harmless;
	--   * greatest(), so the write-back can never LOWER a stream's version whoever calls it. An append
	--     only ever moves a version forward, so this is a no-op on every correct path and a backstop on
	--     any future caller that reads the version and then writes it back.
	if not is_new_stream and COALESCE(array_length(event_ids, 1), 0) > 0 then
		update registry.mt_streams set version = greatest(version, event_version), timestamp = now() where id = stream;
	end if;

	return return_value;
END
$$;


--
-- Name: mt_safe_unaccent(boolean, text); Type: FUNCTION; Schema: registry; Owner: -
--

CREATE FUNCTION registry.mt_safe_unaccent(use_unaccent boolean, word text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT
    AS $$
BEGIN
IF use_unaccent THEN
    RETURN public.unaccent(word);
ELSE
    RETURN word;
END IF;
END;
$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: clock_marks; Type: TABLE; Schema: registry; Owner: -
--

CREATE TABLE registry.clock_marks (
    node text NOT NULL,
    high_water timestamp with time zone NOT NULL
);


--
-- Name: development_clock; Type: TABLE; Schema: registry; Owner: -
--

CREATE TABLE registry.development_clock (
    id boolean DEFAULT true NOT NULL,
    offset_ticks bigint NOT NULL,
    CONSTRAINT development_clock_id_check CHECK (id)
);


--
-- Name: document_contents; Type: TABLE; Schema: registry; Owner: -
--

CREATE TABLE registry.document_contents (
    sha256 text NOT NULL,
    content bytea NOT NULL,
    media_type text NOT NULL,
    size bigint NOT NULL,
    stored_at timestamp with time zone NOT NULL
);


--
-- Name: document_grants; Type: TABLE; Schema: registry; Owner: -
--

CREATE TABLE registry.document_grants (
    sha256 text NOT NULL,
    party text NOT NULL,
    application_id text NOT NULL
);


--
-- Name: document_uploads; Type: TABLE; Schema: registry; Owner: -
--

CREATE TABLE registry.document_uploads (
    sha256 text NOT NULL,
    uploader text NOT NULL,
    uploaded_at timestamp with time zone NOT NULL
);


--
-- Name: ledger_certificates; Type: TABLE; Schema: registry; Owner: -
--

CREATE TABLE registry.ledger_certificates (
    leaf_index bigint NOT NULL,
    certificate_number character varying NOT NULL,
    registration_number character varying NOT NULL,
    event_sequence bigint NOT NULL,
    certificate text NOT NULL,
    leaf_hash bytea NOT NULL,
    certificate_hash bytea NOT NULL,
    issued_at timestamp with time zone NOT NULL
);


--
-- Name: ledger_checkpoints; Type: TABLE; Schema: registry; Owner: -
--

CREATE TABLE registry.ledger_checkpoints (
    tree_size bigint NOT NULL,
    checkpoint text NOT NULL,
    root_hash bytea NOT NULL,
    key_id character varying NOT NULL,
    issued_at timestamp with time zone NOT NULL,
    frontier bytea[] NOT NULL
);


--
-- Name: ledger_salts; Type: TABLE; Schema: registry; Owner: -
--

CREATE TABLE registry.ledger_salts (
    certificate_number character varying NOT NULL,
    field character varying NOT NULL,
    salt bytea NOT NULL,
    value text NOT NULL
);


--
-- Name: mt_doc_application; Type: TABLE; Schema: registry; Owner: -
--

CREATE TABLE registry.mt_doc_application (
    id character varying NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_dotnet_type character varying,
    mt_version bigint DEFAULT 0 NOT NULL
);


--
-- Name: mt_doc_asset; Type: TABLE; Schema: registry; Owner: -
--

CREATE TABLE registry.mt_doc_asset (
    id character varying NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_dotnet_type character varying,
    mt_version bigint DEFAULT 0 NOT NULL
);


--
-- Name: mt_doc_deadletterevent; Type: TABLE; Schema: registry; Owner: -
--

CREATE TABLE registry.mt_doc_deadletterevent (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_envelope; Type: TABLE; Schema: registry; Owner: -
--

CREATE TABLE registry.mt_doc_envelope (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_idempotentoutcome; Type: TABLE; Schema: registry; Owner: -
--

CREATE TABLE registry.mt_doc_idempotentoutcome (
    id character varying NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_objection; Type: TABLE; Schema: registry; Owner: -
--

CREATE TABLE registry.mt_doc_objection (
    id character varying NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_dotnet_type character varying,
    mt_version bigint DEFAULT 0 NOT NULL
);


--
-- Name: mt_doc_party; Type: TABLE; Schema: registry; Owner: -
--

CREATE TABLE registry.mt_doc_party (
    id character varying NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_dotnet_type character varying,
    mt_version bigint DEFAULT 0 NOT NULL
);


--
-- Name: mt_doc_partyright; Type: TABLE; Schema: registry; Owner: -
--

CREATE TABLE registry.mt_doc_partyright (
    id character varying NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_publicregisterentry; Type: TABLE; Schema: registry; Owner: -
--

CREATE TABLE registry.mt_doc_publicregisterentry (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_registrytimer; Type: TABLE; Schema: registry; Owner: -
--

CREATE TABLE registry.mt_doc_registrytimer (
    id character varying NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_event_progression; Type: TABLE; Schema: registry; Owner: -
--

CREATE TABLE registry.mt_event_progression (
    name character varying NOT NULL,
    last_seq_id bigint,
    last_updated timestamp with time zone DEFAULT transaction_timestamp(),
    mode character varying DEFAULT 'none'::character varying,
    rebuild_threshold integer DEFAULT 0,
    assigned_node integer DEFAULT 0,
    heartbeat timestamp with time zone,
    agent_status character varying(20),
    pause_reason text,
    running_on_node integer,
    warning_behind_threshold bigint,
    critical_behind_threshold bigint,
    failure_category character varying(50),
    failure_event_sequence bigint,
    failure_event_type character varying(500),
    failure_event_tenant_id character varying(500)
);


--
-- Name: mt_event_projection_floors; Type: TABLE; Schema: registry; Owner: -
--

CREATE TABLE registry.mt_event_projection_floors (
    name character varying NOT NULL,
    tenant_id character varying NOT NULL,
    floor bigint NOT NULL,
    last_updated timestamp with time zone DEFAULT transaction_timestamp()
);


--
-- Name: mt_events; Type: TABLE; Schema: registry; Owner: -
--

CREATE TABLE registry.mt_events (
    seq_id bigint NOT NULL,
    id uuid NOT NULL,
    stream_id character varying,
    version bigint NOT NULL,
    data jsonb NOT NULL,
    bdata bytea,
    type character varying(500) NOT NULL,
    "timestamp" timestamp with time zone DEFAULT '2026-12-02 12:01:12.458796+00'::timestamp with time zone NOT NULL,
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying,
    mt_dotnet_type character varying,
    is_archived boolean DEFAULT false
);


--
-- Name: mt_events_sequence; Type: SEQUENCE; Schema: registry; Owner: -
--

CREATE SEQUENCE registry.mt_events_sequence
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: mt_events_sequence; Type: SEQUENCE OWNED BY; Schema: registry; Owner: -
--

ALTER SEQUENCE registry.mt_events_sequence OWNED BY registry.mt_events.seq_id;


--
-- Name: mt_high_water_skips; Type: TABLE; Schema: registry; Owner: -
--

CREATE TABLE registry.mt_high_water_skips (
    ending_sequence bigint NOT NULL,
    starting_sequence bigint NOT NULL,
    "timestamp" timestamp with time zone DEFAULT transaction_timestamp()
);


--
-- Name: mt_streams; Type: TABLE; Schema: registry; Owner: -
--

CREATE TABLE registry.mt_streams (
    id character varying NOT NULL,
    type character varying,
    version bigint,
    "timestamp" timestamp with time zone DEFAULT now() NOT NULL,
    created timestamp with time zone DEFAULT now() NOT NULL,
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying,
    compacted_version bigint DEFAULT 0 NOT NULL,
    is_archived boolean DEFAULT false
);


--
-- Name: registration_serial_p_2030; Type: SEQUENCE; Schema: registry; Owner: -
--

CREATE SEQUENCE registry.registration_serial_p_2030
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: registration_serial_r_2026; Type: SEQUENCE; Schema: registry; Owner: -
--

CREATE SEQUENCE registry.registration_serial_r_2026
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: registration_serial_r_2029; Type: SEQUENCE; Schema: registry; Owner: -
--

CREATE SEQUENCE registry.registration_serial_r_2029
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: registration_serial_r_2030; Type: SEQUENCE; Schema: registry; Owner: -
--

CREATE SEQUENCE registry.registration_serial_r_2030
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: wolverine_agent_restrictions; Type: TABLE; Schema: registry; Owner: -
--

CREATE TABLE registry.wolverine_agent_restrictions (
    id uuid NOT NULL,
    uri character varying NOT NULL,
    type character varying NOT NULL,
    node integer DEFAULT 0 NOT NULL
);


--
-- Name: wolverine_control_queue; Type: TABLE; Schema: registry; Owner: -
--

CREATE TABLE registry.wolverine_control_queue (
    id uuid NOT NULL,
    message_type character varying NOT NULL,
    node_id uuid NOT NULL,
    body bytea NOT NULL,
    posted timestamp with time zone DEFAULT now() NOT NULL,
    expires timestamp with time zone
);


--
-- Name: wolverine_dead_letter_history; Type: TABLE; Schema: registry; Owner: -
--

CREATE TABLE registry.wolverine_dead_letter_history (
    id uuid NOT NULL,
    replay_count integer,
    last_replayed_at timestamp with time zone,
    first_failed_at timestamp with time zone
);


--
-- Name: wolverine_dead_letters; Type: TABLE; Schema: registry; Owner: -
--

CREATE TABLE registry.wolverine_dead_letters (
    id uuid NOT NULL,
    execution_time timestamp with time zone,
    body bytea NOT NULL,
    message_type character varying NOT NULL,
    received_at character varying,
    source character varying,
    exception_type character varying,
    exception_message character varying,
    sent_at timestamp with time zone,
    replayable boolean,
    failure_group character varying(100),
    failure_title character varying(500),
    failed_at timestamp with time zone,
    first_failed_at timestamp with time zone,
    replay_count integer,
    last_replayed_at timestamp with time zone,
    archived_at timestamp with time zone
);


--
-- Name: wolverine_incoming_envelopes; Type: TABLE; Schema: registry; Owner: -
--

CREATE TABLE registry.wolverine_incoming_envelopes (
    id uuid NOT NULL,
    status character varying NOT NULL,
    owner_id integer NOT NULL,
    execution_time timestamp with time zone,
    attempts integer DEFAULT 0,
    body bytea NOT NULL,
    message_type character varying NOT NULL,
    received_at character varying,
    keep_until timestamp with time zone
);


--
-- Name: wolverine_node_assignments; Type: TABLE; Schema: registry; Owner: -
--

CREATE TABLE registry.wolverine_node_assignments (
    id character varying NOT NULL,
    node_id uuid,
    started timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: wolverine_node_records; Type: TABLE; Schema: registry; Owner: -
--

CREATE TABLE registry.wolverine_node_records (
    id integer NOT NULL,
    node_number integer NOT NULL,
    event_name character varying NOT NULL,
    "timestamp" timestamp with time zone DEFAULT now() NOT NULL,
    description character varying
);


--
-- Name: wolverine_node_records_id_seq; Type: SEQUENCE; Schema: registry; Owner: -
--

CREATE SEQUENCE registry.wolverine_node_records_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: wolverine_node_records_id_seq; Type: SEQUENCE OWNED BY; Schema: registry; Owner: -
--

ALTER SEQUENCE registry.wolverine_node_records_id_seq OWNED BY registry.wolverine_node_records.id;


--
-- Name: wolverine_nodes; Type: TABLE; Schema: registry; Owner: -
--

CREATE TABLE registry.wolverine_nodes (
    id uuid NOT NULL,
    node_number integer NOT NULL,
    description character varying NOT NULL,
    uri character varying NOT NULL,
    started timestamp with time zone DEFAULT now() NOT NULL,
    health_check timestamp with time zone DEFAULT now() NOT NULL,
    version character varying,
    capabilities text[]
);


--
-- Name: wolverine_nodes_node_number_seq; Type: SEQUENCE; Schema: registry; Owner: -
--

CREATE SEQUENCE registry.wolverine_nodes_node_number_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: wolverine_nodes_node_number_seq; Type: SEQUENCE OWNED BY; Schema: registry; Owner: -
--

ALTER SEQUENCE registry.wolverine_nodes_node_number_seq OWNED BY registry.wolverine_nodes.node_number;


--
-- Name: wolverine_outgoing_envelopes; Type: TABLE; Schema: registry; Owner: -
--

CREATE TABLE registry.wolverine_outgoing_envelopes (
    id uuid NOT NULL,
    owner_id integer NOT NULL,
    destination character varying NOT NULL,
    deliver_by timestamp with time zone,
    body bytea NOT NULL,
    attempts integer DEFAULT 0,
    message_type character varying NOT NULL
);


--
-- Name: wolverine_node_records id; Type: DEFAULT; Schema: registry; Owner: -
--

ALTER TABLE ONLY registry.wolverine_node_records ALTER COLUMN id SET DEFAULT nextval('registry.wolverine_node_records_id_seq'::regclass);


--
-- Name: wolverine_nodes node_number; Type: DEFAULT; Schema: registry; Owner: -
--

ALTER TABLE ONLY registry.wolverine_nodes ALTER COLUMN node_number SET DEFAULT nextval('registry.wolverine_nodes_node_number_seq'::regclass);


--
-- Data for Name: clock_marks; Type: TABLE DATA; Schema: registry; Owner: -
--

INSERT INTO registry.clock_marks (node, high_water) VALUES ('vm', '2030-05-06 01:00:00+00');


--
-- Data for Name: development_clock; Type: TABLE DATA; Schema: registry; Owner: -
--



--
-- Data for Name: document_contents; Type: TABLE DATA; Schema: registry; Owner: -
--

INSERT INTO registry.document_contents (sha256, content, media_type, size, stored_at) VALUES ('329fed75db213718721989284d932f52232d8c590d3dc1d97929bd7046058c9c', '\x255044462d312e370a726576696577207265706f72742066363636393434312d346335342d343833622d623536622d3936623232643035356437310a2525454f46', 'application/pdf', 65, '2026-03-02 01:00:00+00');
INSERT INTO registry.document_contents (sha256, content, media_type, size, stored_at) VALUES ('49c23df9f540edc771754a50d639d6077ace8dac9694b900bab6d80c3465f716', '\x255044462d312e370a726576696577207265706f72742033353833316532372d643536642d343738652d396430662d3033653337653935336332300a2525454f46', 'application/pdf', 65, '2026-04-01 01:00:00+00');
INSERT INTO registry.document_contents (sha256, content, media_type, size, stored_at) VALUES ('a5751fbbc95d932d7b8da6415a0dae500a5802bda622bd7b4535cd56f0db90f7', '\x255044462d312e370a726576696577207265706f72742065343637353664662d643831382d343237622d613032332d6662316531363137336338360a2525454f46', 'application/pdf', 65, '2029-03-02 01:00:00+00');
INSERT INTO registry.document_contents (sha256, content, media_type, size, stored_at) VALUES ('13e11e08ea026dc47946028de1bf91f8bd143bf86ecc34aa4fadc899b68d1d29', '\x255044462d312e370a726576696577207265706f72742039376135326132622d663134312d343330332d623233332d3030363232663161323630660a2525454f46', 'application/pdf', 65, '2029-08-29 01:00:00+00');
INSERT INTO registry.document_contents (sha256, content, media_type, size, stored_at) VALUES ('52115dcd6ec8c7c70d41ed37772dc6d8576e71bc285e7563079c0cd803fb1322', '\x255044462d312e370a7472616e7366657220636f6e74726163742064396362353631382d653266322d346665302d383632642d3338663861623935613264310a2525454f46', 'application/pdf', 69, '2029-09-28 01:00:00+00');
INSERT INTO registry.document_contents (sha256, content, media_type, size, stored_at) VALUES ('7070b28e61b5b6795e44df7636620dc3999c8749feea84cff07956fe824225d3', '\x255044462d312e370ae69fa5e5b081e8a381e5ae9ae4b9a62033643737356562632d393736312d343862352d396432632d3565323166333132646536340a2525454f46', 'application/pdf', 67, '2029-10-28 01:00:00+00');
INSERT INTO registry.document_contents (sha256, content, media_type, size, stored_at) VALUES ('02b0cb053d85e66ef858f999a2530305aafe330b81c9fd0301e5cfc899af788b', '\x255044462d312e370ae8a7a3e999a4e69fa5e5b081e8a381e5ae9ae4b9a62034643537643436652d343864312d346131312d383264312d6530313837613662636263380a2525454f46', 'application/pdf', 73, '2029-10-28 01:00:00+00');
INSERT INTO registry.document_contents (sha256, content, media_type, size, stored_at) VALUES ('62d60af5e56b0b0dee341272da4ae3751fa0f820109ad8c96f8650dfc1babdd7', '\x255044462d312e370a726576696577207265706f72742030386363643262372d646234662d343065632d613035322d6366646661653133303863660a2525454f46', 'application/pdf', 65, '2029-10-28 01:00:00+00');
INSERT INTO registry.document_contents (sha256, content, media_type, size, stored_at) VALUES ('59a788c915b7613364a36d695042fb87144288e12f063b18d52c947d23a3ac77', '\x255044462d312e370a726576696577207265706f72742065323139363534312d613139322d343936352d396436632d6566323130363566633530630a2525454f46', 'application/pdf', 65, '2029-12-27 01:00:00+00');
INSERT INTO registry.document_contents (sha256, content, media_type, size, stored_at) VALUES ('9ac2c98291ca88fe464bf1c9c9dab9ad13f87ff53db5fd3b4571fcd331a7979d', '\x255044462d312e370a65766964656e63652039326233633638312d373133662d343633382d613765342d3134633234633762386531620a2525454f46', 'application/pdf', 60, '2030-01-26 01:00:00+00');
INSERT INTO registry.document_contents (sha256, content, media_type, size, stored_at) VALUES ('95d2253f0ec0cf767977d65e451775ba556640615aa7658d5d7e7e2b7277f33a', '\x255044462d312e370a65766964656e63652038323736303136312d626236652d346237302d626630652d3238383762373263326434640a2525454f46', 'application/pdf', 60, '2030-01-26 01:00:00+00');
INSERT INTO registry.document_contents (sha256, content, media_type, size, stored_at) VALUES ('5cd076834597cd35695d69324a2e87d774c152eaaf17d3a1050af7bacc80d3d6', '\x255044462d312e370a636f75727420616363657074616e6365206e6f746963652066313536643736382d653036612d346262372d396333382d6133616332613530316133380a2525454f46', 'application/pdf', 75, '2030-01-26 01:00:00+00');
INSERT INTO registry.document_contents (sha256, content, media_type, size, stored_at) VALUES ('241c8be724773eaf57285207e0e56327a0602af8fc5d0f88e55b2e3338beee7b', '\x255044462d312e370a65766964656e63652066633862346435392d353439322d346263382d613337642d6531306161643562396561630a2525454f46', 'application/pdf', 60, '2030-01-26 01:00:00+00');
INSERT INTO registry.document_contents (sha256, content, media_type, size, stored_at) VALUES ('216fb33578970e038f96b6bda138e48996b6cfcf4421d87e6509250d1e32f2d3', '\x255044462d312e370a65766964656e63652039363037383363312d633538632d343234632d386662392d6531306265666439623839660a2525454f46', 'application/pdf', 60, '2030-01-26 01:00:00+00');
INSERT INTO registry.document_contents (sha256, content, media_type, size, stored_at) VALUES ('8d5a4099002fc845b5954b9bee3475da6a89557d52517ef2fc9b9b31a702e651', '\x255044462d312e370ae69fa5e5b081e8a381e5ae9ae4b9a62038363531373530612d333732612d346232652d396538612d3133613630636364636133660a2525454f46', 'application/pdf', 67, '2030-01-26 01:00:00+00');
INSERT INTO registry.document_contents (sha256, content, media_type, size, stored_at) VALUES ('28ca836d1a8121392696313d9eec4aa0a46794d2470743928a1adb7f99de91ff', '\x255044462d312e370a726576696577207265706f72742034663566336635312d626237352d343662302d383030652d3761343565356537366339660a2525454f46', 'application/pdf', 65, '2030-01-26 01:00:00+00');
INSERT INTO registry.document_contents (sha256, content, media_type, size, stored_at) VALUES ('a813befc099f7cc1e12445ce91d02284938c5645a858ff45d9c5382b32cf9919', '\x255044462d312e370a726576696577207265706f72742033653566366136392d376631342d343762302d623231312d3436643162316331343536640a2525454f46', 'application/pdf', 65, '2030-02-25 01:00:00+00');
INSERT INTO registry.document_contents (sha256, content, media_type, size, stored_at) VALUES ('04ba39003d39a5765e4a7593e69a1fb280fca9b8ee3c0a12dfce3c696c54d756', '\x255044462d312e370a726576696577207265706f72742064363666383139392d386430352d343236382d393232362d3539316433313862313463330a2525454f46', 'application/pdf', 65, '2030-02-25 01:00:00+00');
INSERT INTO registry.document_contents (sha256, content, media_type, size, stored_at) VALUES ('e6460a4f297058726bfb7164fb0b628df483ffa83a0eb9801fedf94071ba10f7', '\x255044462d312e370a65766964656e63652033346164633436302d356561382d346465362d616162642d3031383730633566326337390a2525454f46', 'application/pdf', 60, '2030-02-25 01:00:00+00');
INSERT INTO registry.document_contents (sha256, content, media_type, size, stored_at) VALUES ('ce719713e9078420c7679affc39ace62f206a2de667cdcc4013d9b92780025b7', '\x255044462d312e370a726576696577207265706f72742031666630323166652d653035662d343365652d383361612d6361656331376564643665610a2525454f46', 'application/pdf', 65, '2030-02-25 01:00:00+00');
INSERT INTO registry.document_contents (sha256, content, media_type, size, stored_at) VALUES ('811efe1e6697e90310a597f1493dd2b74a349e05ed3b11496f515111ebbc5149', '\x255044462d312e370a726576696577207265706f72742064653034383266382d333435392d343739652d383637662d6162313430306438653362370a2525454f46', 'application/pdf', 65, '2030-05-06 01:00:00+00');
INSERT INTO registry.document_contents (sha256, content, media_type, size, stored_at) VALUES ('a3bb8e656ac912257cece4c6f2f40402eb64777ab7185f213c2da3485394b2c4', '\x255044462d312e370a726576696577207265706f72742064653362313439352d626438332d346131312d393336382d3366326362373866666263330a2525454f46', 'application/pdf', 65, '2030-05-06 01:00:00+00');
INSERT INTO registry.document_contents (sha256, content, media_type, size, stored_at) VALUES ('e721475c35505287095ebeedaf2eb8a453f30b2ef0d429715b597df7c7a28561', '\x255044462d312e370a726576696577207265706f72742063633264373233342d633131332d343635652d386238612d6236393066323065663066370a2525454f46', 'application/pdf', 65, '2030-05-06 01:00:00+00');
INSERT INTO registry.document_contents (sha256, content, media_type, size, stored_at) VALUES ('92b639d628063d1981f5a04ff7862bfc7cad224d078e61960321179abc0ea311', '\x255044462d312e370a726576696577207265706f72742034643733306330612d343061622d346464622d623865382d6364383663343934326466310a2525454f46', 'application/pdf', 65, '2030-05-06 01:00:00+00');
INSERT INTO registry.document_contents (sha256, content, media_type, size, stored_at) VALUES ('ea685a2d87e5fc7d425f0daa2ad8ab55d3730183efc70c6a7f065ece7a293b15', '\x255044462d312e370a726576696577207265706f72742064623936373131632d323564662d346361652d623834352d6434663363663661303730350a2525454f46', 'application/pdf', 65, '2030-05-06 01:00:00+00');
INSERT INTO registry.document_contents (sha256, content, media_type, size, stored_at) VALUES ('2053c118e7250b9c2b68ec51c12862fabf7bf74e77acc9ee85f7ee78e65c2be0', '\x255044462d312e370a726576696577207265706f72742036663533353466332d633130342d343031632d393663312d3434323961656462656164620a2525454f46', 'application/pdf', 65, '2030-05-06 01:00:00+00');
INSERT INTO registry.document_contents (sha256, content, media_type, size, stored_at) VALUES ('5fab52705749bfec61e4fb9114354b9e887163f9e62f2a2a688af7169924f531', '\x255044462d312e370a726576696577207265706f72742038303336663735382d356630642d346530352d626163642d6135333033313930306336350a2525454f46', 'application/pdf', 65, '2030-05-06 01:00:00+00');
INSERT INTO registry.document_contents (sha256, content, media_type, size, stored_at) VALUES ('bca25d0525ffca4ab9aa28a259a55561b13b0e6d28a71b45865764c44eeaa5af', '\x255044462d312e370a65766964656e63652066613934366564652d386536342d346664632d383335352d6131626132663136343033380a2525454f46', 'application/pdf', 60, '2030-05-06 01:00:00+00');
INSERT INTO registry.document_contents (sha256, content, media_type, size, stored_at) VALUES ('34386ec11f6d540f9c267fbf7a7253ab1b92eb3e86cc015215e56f00b62a66d4', '\x255044462d312e370a65766964656e63652031373336636666332d376431312d343130392d613737302d6432303365633634373931390a2525454f46', 'application/pdf', 60, '2030-05-06 01:00:00+00');
INSERT INTO registry.document_contents (sha256, content, media_type, size, stored_at) VALUES ('3f0e8a2ee6bd60b14bd3f51afc72b9519cf12d614a2fc623c7043bb2a41b6d07', '\x255044462d312e370a65766964656e63652033333630626639312d336634302d343837302d616564622d3063333563653831326639350a2525454f46', 'application/pdf', 60, '2030-05-06 01:00:00+00');
INSERT INTO registry.document_contents (sha256, content, media_type, size, stored_at) VALUES ('13e56643b69f95f08c1347740b71436e838db996fcf32e0fc7e410d98104de5a', '\x255044462d312e370ae69fa5e5b081e8a381e5ae9ae4b9a62065366438393264642d303433642d346230622d393031612d3830643238333639306234350a2525454f46', 'application/pdf', 67, '2030-05-06 01:00:00+00');
INSERT INTO registry.document_contents (sha256, content, media_type, size, stored_at) VALUES ('6b913b99b562784c0ad2ca8c226e7da2adb30f67f3a1a68441b5732e476def3a', '\x255044462d312e370a726576696577207265706f72742032353433646234362d376266642d343239662d623233322d3134323038363438353564320a2525454f46', 'application/pdf', 65, '2030-05-06 01:00:00+00');


--
-- Data for Name: document_grants; Type: TABLE DATA; Schema: registry; Owner: -
--

INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('329fed75db213718721989284d932f52232d8c590d3dc1d97929bd7046058c9c', '91440300595317001X', '01a236a1-65ce-7796-bbe0-f9322a63f431');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('49c23df9f540edc771754a50d639d6077ace8dac9694b900bab6d80c3465f716', '91440300595317001X', '01a236a1-7499-73fe-a53c-ba66daf4cf3e');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('a5751fbbc95d932d7b8da6415a0dae500a5802bda622bd7b4535cd56f0db90f7', '91440300595317001X', '01a236a1-7784-722b-b6d6-ec64b60414b4');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('13e11e08ea026dc47946028de1bf91f8bd143bf86ecc34aa4fadc899b68d1d29', '91440300595317001X', '01a236a1-7aee-73ff-8757-69ea97c3f7e6');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('52115dcd6ec8c7c70d41ed37772dc6d8576e71bc285e7563079c0cd803fb1322', '91440300595317001X', '01a236a1-7b1e-7be7-ab96-e746642a24b3');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('52115dcd6ec8c7c70d41ed37772dc6d8576e71bc285e7563079c0cd803fb1322', '914403007829900057', '01a236a1-7b1e-7be7-ab96-e746642a24b3');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('7070b28e61b5b6795e44df7636620dc3999c8749feea84cff07956fe824225d3', '914403007829900057', 'freeze:01a236a1-7bc7-7504-a871-2991eb07603c');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('02b0cb053d85e66ef858f999a2530305aafe330b81c9fd0301e5cfc899af788b', '914403007829900057', 'freeze:01a236a1-7bc7-7504-a871-2991eb07603c');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('62d60af5e56b0b0dee341272da4ae3751fa0f820109ad8c96f8650dfc1babdd7', '91440300595317001X', '01a236a1-7d34-79b5-bdbd-916dd7adcaec');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('59a788c915b7613364a36d695042fb87144288e12f063b18d52c947d23a3ac77', '91440300595317001X', '01a236a1-7eb5-7980-b5aa-2bcc28a3d8f8');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('9ac2c98291ca88fe464bf1c9c9dab9ad13f87ff53db5fd3b4571fcd331a7979d', '914403002958340062', '01a236a1-7eed-7a0d-8868-262e35bdb7c7');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('9ac2c98291ca88fe464bf1c9c9dab9ad13f87ff53db5fd3b4571fcd331a7979d', '91440300595317001X', '01a236a1-7eed-7a0d-8868-262e35bdb7c7');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('95d2253f0ec0cf767977d65e451775ba556640615aa7658d5d7e7e2b7277f33a', '914403002958340062', '01a236a1-810c-7a2c-9238-83769bce3534');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('95d2253f0ec0cf767977d65e451775ba556640615aa7658d5d7e7e2b7277f33a', '91440300595317001X', '01a236a1-810c-7a2c-9238-83769bce3534');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('241c8be724773eaf57285207e0e56327a0602af8fc5d0f88e55b2e3338beee7b', '914403002958340062', '01a236a1-826f-7781-a051-52ed5a4b2fe8');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('241c8be724773eaf57285207e0e56327a0602af8fc5d0f88e55b2e3338beee7b', '914403007829900057', '01a236a1-826f-7781-a051-52ed5a4b2fe8');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('216fb33578970e038f96b6bda138e48996b6cfcf4421d87e6509250d1e32f2d3', '914403002958340062', '01a236a1-8331-79e4-b0c0-464a1f6e46c6');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('216fb33578970e038f96b6bda138e48996b6cfcf4421d87e6509250d1e32f2d3', '914403007829900057', '01a236a1-8331-79e4-b0c0-464a1f6e46c6');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('8d5a4099002fc845b5954b9bee3475da6a89557d52517ef2fc9b9b31a702e651', '91440300595317001X', 'freeze:01a236a1-8358-7046-aa40-6af36aeda866');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('28ca836d1a8121392696313d9eec4aa0a46794d2470743928a1adb7f99de91ff', '91440300595317001X', '01a236a1-8374-7516-ac1c-1254727739f9');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('a813befc099f7cc1e12445ce91d02284938c5645a858ff45d9c5382b32cf9919', '914403002257000070', '01a236a1-858e-7a6f-afd5-628f9c8f273f');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('04ba39003d39a5765e4a7593e69a1fb280fca9b8ee3c0a12dfce3c696c54d756', '914403002257000070', '01a236a1-85cb-7353-988c-33fda94191cb');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('e6460a4f297058726bfb7164fb0b628df483ffa83a0eb9801fedf94071ba10f7', '914403002958340062', '01a236a1-85e0-7c40-a0d6-263e652165ad');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('e6460a4f297058726bfb7164fb0b628df483ffa83a0eb9801fedf94071ba10f7', '914403002257000070', '01a236a1-85e0-7c40-a0d6-263e652165ad');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('ce719713e9078420c7679affc39ace62f206a2de667cdcc4013d9b92780025b7', '91440300595317001X', '01a236a1-8609-7379-9dee-b2dc6d844538');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('811efe1e6697e90310a597f1493dd2b74a349e05ed3b11496f515111ebbc5149', '914403002257000070', '01a236a1-87db-7f4e-9766-34be14886d74');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('a3bb8e656ac912257cece4c6f2f40402eb64777ab7185f213c2da3485394b2c4', '914403002257000070', '01a236a1-8896-79a9-b425-cee8a60d1128');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('e721475c35505287095ebeedaf2eb8a453f30b2ef0d429715b597df7c7a28561', '914403002257000070', '01a236a1-890c-7219-8f7c-c1ad528e62ed');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('92b639d628063d1981f5a04ff7862bfc7cad224d078e61960321179abc0ea311', '914403002257000070', '01a236a1-892e-7a33-8237-5c66ef0c402e');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('ea685a2d87e5fc7d425f0daa2ad8ab55d3730183efc70c6a7f065ece7a293b15', '914403002257000070', '01a236a1-89c2-7ea4-95f2-19ec31141079');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('2053c118e7250b9c2b68ec51c12862fabf7bf74e77acc9ee85f7ee78e65c2be0', '914403002257000070', '01a236a1-89d4-7d0e-a8f1-8b1584e465bc');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('5fab52705749bfec61e4fb9114354b9e887163f9e62f2a2a688af7169924f531', '914403002257000070', '01a236a1-89e7-7b24-ad25-4726934b028b');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('bca25d0525ffca4ab9aa28a259a55561b13b0e6d28a71b45865764c44eeaa5af', '914403002958340062', '01a236a1-89f7-7347-b79a-aaf789d65490');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('bca25d0525ffca4ab9aa28a259a55561b13b0e6d28a71b45865764c44eeaa5af', '914403002257000070', '01a236a1-89f7-7347-b79a-aaf789d65490');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('34386ec11f6d540f9c267fbf7a7253ab1b92eb3e86cc015215e56f00b62a66d4', '914403002958340062', '01a236a1-8a10-7a58-8709-9ac3a6353e4c');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('34386ec11f6d540f9c267fbf7a7253ab1b92eb3e86cc015215e56f00b62a66d4', '91440300595317001X', '01a236a1-8a10-7a58-8709-9ac3a6353e4c');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('3f0e8a2ee6bd60b14bd3f51afc72b9519cf12d614a2fc623c7043bb2a41b6d07', '914403002958340062', '01a236a1-8a31-709b-8a5d-8cdd1e7c741b');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('3f0e8a2ee6bd60b14bd3f51afc72b9519cf12d614a2fc623c7043bb2a41b6d07', '914403007829900057', '01a236a1-8a31-709b-8a5d-8cdd1e7c741b');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('13e56643b69f95f08c1347740b71436e838db996fcf32e0fc7e410d98104de5a', '914403002958340062', 'freeze:01a236a1-8a4b-7ab0-bcc7-e6a963d15c3c');
INSERT INTO registry.document_grants (sha256, party, application_id) VALUES ('6b913b99b562784c0ad2ca8c226e7da2adb30f67f3a1a68441b5732e476def3a', '914403002257000070', '01a236a1-8a5d-7e8d-989a-ddc62e066a92');


--
-- Data for Name: document_uploads; Type: TABLE DATA; Schema: registry; Owner: -
--

INSERT INTO registry.document_uploads (sha256, uploader, uploaded_at) VALUES ('329fed75db213718721989284d932f52232d8c590d3dc1d97929bd7046058c9c', '91440300595317001X', '2026-03-02 01:00:00+00');
INSERT INTO registry.document_uploads (sha256, uploader, uploaded_at) VALUES ('49c23df9f540edc771754a50d639d6077ace8dac9694b900bab6d80c3465f716', '91440300595317001X', '2026-04-01 01:00:00+00');
INSERT INTO registry.document_uploads (sha256, uploader, uploaded_at) VALUES ('a5751fbbc95d932d7b8da6415a0dae500a5802bda622bd7b4535cd56f0db90f7', '91440300595317001X', '2029-03-02 01:00:00+00');
INSERT INTO registry.document_uploads (sha256, uploader, uploaded_at) VALUES ('13e11e08ea026dc47946028de1bf91f8bd143bf86ecc34aa4fadc899b68d1d29', '91440300595317001X', '2029-08-29 01:00:00+00');
INSERT INTO registry.document_uploads (sha256, uploader, uploaded_at) VALUES ('52115dcd6ec8c7c70d41ed37772dc6d8576e71bc285e7563079c0cd803fb1322', '91440300595317001X', '2029-09-28 01:00:00+00');
INSERT INTO registry.document_uploads (sha256, uploader, uploaded_at) VALUES ('7070b28e61b5b6795e44df7636620dc3999c8749feea84cff07956fe824225d3', 'user:clerk-zhao', '2029-10-28 01:00:00+00');
INSERT INTO registry.document_uploads (sha256, uploader, uploaded_at) VALUES ('02b0cb053d85e66ef858f999a2530305aafe330b81c9fd0301e5cfc899af788b', 'user:clerk-zhao', '2029-10-28 01:00:00+00');
INSERT INTO registry.document_uploads (sha256, uploader, uploaded_at) VALUES ('62d60af5e56b0b0dee341272da4ae3751fa0f820109ad8c96f8650dfc1babdd7', '91440300595317001X', '2029-10-28 01:00:00+00');
INSERT INTO registry.document_uploads (sha256, uploader, uploaded_at) VALUES ('59a788c915b7613364a36d695042fb87144288e12f063b18d52c947d23a3ac77', '91440300595317001X', '2029-12-27 01:00:00+00');
INSERT INTO registry.document_uploads (sha256, uploader, uploaded_at) VALUES ('9ac2c98291ca88fe464bf1c9c9dab9ad13f87ff53db5fd3b4571fcd331a7979d', '914403002958340062', '2030-01-26 01:00:00+00');
INSERT INTO registry.document_uploads (sha256, uploader, uploaded_at) VALUES ('95d2253f0ec0cf767977d65e451775ba556640615aa7658d5d7e7e2b7277f33a', '914403002958340062', '2030-01-26 01:00:00+00');
INSERT INTO registry.document_uploads (sha256, uploader, uploaded_at) VALUES ('5cd076834597cd35695d69324a2e87d774c152eaaf17d3a1050af7bacc80d3d6', '914403002958340062', '2030-01-26 01:00:00+00');
INSERT INTO registry.document_uploads (sha256, uploader, uploaded_at) VALUES ('241c8be724773eaf57285207e0e56327a0602af8fc5d0f88e55b2e3338beee7b', '914403002958340062', '2030-01-26 01:00:00+00');
INSERT INTO registry.document_uploads (sha256, uploader, uploaded_at) VALUES ('216fb33578970e038f96b6bda138e48996b6cfcf4421d87e6509250d1e32f2d3', '914403002958340062', '2030-01-26 01:00:00+00');
INSERT INTO registry.document_uploads (sha256, uploader, uploaded_at) VALUES ('8d5a4099002fc845b5954b9bee3475da6a89557d52517ef2fc9b9b31a702e651', 'user:clerk-zhao', '2030-01-26 01:00:00+00');
INSERT INTO registry.document_uploads (sha256, uploader, uploaded_at) VALUES ('28ca836d1a8121392696313d9eec4aa0a46794d2470743928a1adb7f99de91ff', '91440300595317001X', '2030-01-26 01:00:00+00');
INSERT INTO registry.document_uploads (sha256, uploader, uploaded_at) VALUES ('a813befc099f7cc1e12445ce91d02284938c5645a858ff45d9c5382b32cf9919', '914403002257000070', '2030-02-25 01:00:00+00');
INSERT INTO registry.document_uploads (sha256, uploader, uploaded_at) VALUES ('04ba39003d39a5765e4a7593e69a1fb280fca9b8ee3c0a12dfce3c696c54d756', '914403002257000070', '2030-02-25 01:00:00+00');
INSERT INTO registry.document_uploads (sha256, uploader, uploaded_at) VALUES ('e6460a4f297058726bfb7164fb0b628df483ffa83a0eb9801fedf94071ba10f7', '914403002958340062', '2030-02-25 01:00:00+00');
INSERT INTO registry.document_uploads (sha256, uploader, uploaded_at) VALUES ('ce719713e9078420c7679affc39ace62f206a2de667cdcc4013d9b92780025b7', '91440300595317001X', '2030-02-25 01:00:00+00');
INSERT INTO registry.document_uploads (sha256, uploader, uploaded_at) VALUES ('811efe1e6697e90310a597f1493dd2b74a349e05ed3b11496f515111ebbc5149', '914403002257000070', '2030-05-06 01:00:00+00');
INSERT INTO registry.document_uploads (sha256, uploader, uploaded_at) VALUES ('a3bb8e656ac912257cece4c6f2f40402eb64777ab7185f213c2da3485394b2c4', '914403002257000070', '2030-05-06 01:00:00+00');
INSERT INTO registry.document_uploads (sha256, uploader, uploaded_at) VALUES ('e721475c35505287095ebeedaf2eb8a453f30b2ef0d429715b597df7c7a28561', '914403002257000070', '2030-05-06 01:00:00+00');
INSERT INTO registry.document_uploads (sha256, uploader, uploaded_at) VALUES ('92b639d628063d1981f5a04ff7862bfc7cad224d078e61960321179abc0ea311', '914403002257000070', '2030-05-06 01:00:00+00');
INSERT INTO registry.document_uploads (sha256, uploader, uploaded_at) VALUES ('ea685a2d87e5fc7d425f0daa2ad8ab55d3730183efc70c6a7f065ece7a293b15', '914403002257000070', '2030-05-06 01:00:00+00');
INSERT INTO registry.document_uploads (sha256, uploader, uploaded_at) VALUES ('2053c118e7250b9c2b68ec51c12862fabf7bf74e77acc9ee85f7ee78e65c2be0', '914403002257000070', '2030-05-06 01:00:00+00');
INSERT INTO registry.document_uploads (sha256, uploader, uploaded_at) VALUES ('5fab52705749bfec61e4fb9114354b9e887163f9e62f2a2a688af7169924f531', '914403002257000070', '2030-05-06 01:00:00+00');
INSERT INTO registry.document_uploads (sha256, uploader, uploaded_at) VALUES ('bca25d0525ffca4ab9aa28a259a55561b13b0e6d28a71b45865764c44eeaa5af', '914403002958340062', '2030-05-06 01:00:00+00');
INSERT INTO registry.document_uploads (sha256, uploader, uploaded_at) VALUES ('34386ec11f6d540f9c267fbf7a7253ab1b92eb3e86cc015215e56f00b62a66d4', '914403002958340062', '2030-05-06 01:00:00+00');
INSERT INTO registry.document_uploads (sha256, uploader, uploaded_at) VALUES ('3f0e8a2ee6bd60b14bd3f51afc72b9519cf12d614a2fc623c7043bb2a41b6d07', '914403002958340062', '2030-05-06 01:00:00+00');
INSERT INTO registry.document_uploads (sha256, uploader, uploaded_at) VALUES ('13e56643b69f95f08c1347740b71436e838db996fcf32e0fc7e410d98104de5a', 'user:clerk-zhao', '2030-05-06 01:00:00+00');
INSERT INTO registry.document_uploads (sha256, uploader, uploaded_at) VALUES ('6b913b99b562784c0ad2ca8c226e7da2adb30f67f3a1a68441b5732e476def3a', '914403002257000070', '2030-05-06 01:00:00+00');


--
-- Data for Name: ledger_certificates; Type: TABLE DATA; Schema: registry; Owner: -
--

INSERT INTO registry.ledger_certificates (leaf_index, certificate_number, registration_number, event_sequence, certificate, leaf_hash, certificate_hash, issued_at) VALUES (0, 'AR-C-000000000001', 'AR-R-2026-00000001-X', 6, '{"asset":{"kind":"dataResource","name":"城市交通出行数据集","registrationNumber":"AR-R-2026-00000001-X"},"certificateNumber":"AR-C-000000000001","commitments":{"reviewReport":"l1TpELYrQetQIQE4XFPz4DtIL8sYuPAezXa59GDxTIw=","reviewReportDocument":"R7d5aPl499FBUhanMD2sDW11Mda9vq01neA6u/5g+tI=","sampleData":"BkUZawfVweBU86Q9JLUchDYbO08oaKj1Cro4KrEzv8Y="},"counterparty":null,"data":{"applicationScenarios":["城市规划","出行服务"],"dataSource":"自有业务系统采集，经用户授权","derivedFrom":[],"industry":"交通运输","structureAndScale":"结构化表格，约 1.2 亿条记录","updateFrequency":"每日"},"details":{"applicationId":"01a236a1-65ce-7796-bbe0-f9322a63f431"},"effectiveAt":"2026-04-01T01:00:00.000000Z","event":{"hash":"a8442DFoPdi7/Z5hfZfKUQRRBaSu6pWYtXUZk74uXBg=","sequence":6,"stream":"AR-R-2026-00000001-X","version":1},"holder":{"name":"深圳市数据科技有限公司","partyCode":"91440300595317001X","role":"holder"},"issuedAt":"2029-01-31T01:00:00.000000Z","kind":"initial","previousCertificateHash":null,"registry":"AssetRegistry","right":"holding","title":"登记证书","validFrom":"2026-04-01T01:00:00.000000Z","validUntil":"2029-04-01T01:00:00.000000Z"}', '\x1ef18bb644550b891a54dc6acb5c1494e944ca3d27e59c80f02adcafa2fcdc97', '\x8da6571f19a98bdabc1dd0280d29eeac15c2c9da39ccfe8dcc8fe52ce16bb20f', '2029-01-31 01:00:00+00');
INSERT INTO registry.ledger_certificates (leaf_index, certificate_number, registration_number, event_sequence, certificate, leaf_hash, certificate_hash, issued_at) VALUES (1, 'AR-C-000000000002', 'AR-R-2026-00000002-V', 12, '{"asset":{"kind":"dataResource","name":"城市交通出行数据集","registrationNumber":"AR-R-2026-00000002-V"},"certificateNumber":"AR-C-000000000002","commitments":{"reviewReport":"RCrVpdw4NRDmxuJ7NKrBfztZlz2y2Y1zbB4Lq5zYtQg=","reviewReportDocument":"qCMajCKiQv10OS7BXQdbvYBZNJBW/pbd4fUVq+sCpnA=","sampleData":"oMUVgmBUiAT8MqRdYtNOxFUKvEiTMHDjfQFytt804EM="},"counterparty":null,"data":{"applicationScenarios":["城市规划","出行服务"],"dataSource":"自有业务系统采集，经用户授权","derivedFrom":[],"industry":"交通运输","structureAndScale":"结构化表格，约 1.2 亿条记录","updateFrequency":"每日"},"details":{"applicationId":"01a236a1-7499-73fe-a53c-ba66daf4cf3e"},"effectiveAt":"2026-05-01T01:00:00.000000Z","event":{"hash":"3N/o8diO39+Pcvp4AhmKQowExWh1iAYi6OrTYCz9/8k=","sequence":12,"stream":"AR-R-2026-00000002-V","version":1},"holder":{"name":"深圳市数据科技有限公司","partyCode":"91440300595317001X","role":"holder"},"issuedAt":"2029-01-31T01:00:00.000000Z","kind":"initial","previousCertificateHash":null,"registry":"AssetRegistry","right":"holding","title":"登记证书","validFrom":"2026-05-01T01:00:00.000000Z","validUntil":"2026-05-11T16:00:00.000000Z"}', '\x07bdd7c8db874be0e6c70262788bba28bd653a8a8e4a62766d9a5a9d972bb43d', '\xa1f621ecd66375bdfccfd255c020f6caf2e4177ce4c1174d927a61584ee7163d', '2029-01-31 01:00:00+00');
INSERT INTO registry.ledger_certificates (leaf_index, certificate_number, registration_number, event_sequence, certificate, leaf_hash, certificate_hash, issued_at) VALUES (2, 'AR-C-000000000003', 'AR-R-2026-00000002-V', 16, '{"asset":{"kind":"dataResource","name":"城市交通出行数据集","registrationNumber":"AR-R-2026-00000002-V"},"certificateNumber":"AR-C-000000000003","commitments":{},"counterparty":null,"data":{"applicationScenarios":["城市规划","出行服务"],"dataSource":"自有业务系统采集，经用户授权","derivedFrom":[],"industry":"交通运输","structureAndScale":"结构化表格，约 1.2 亿条记录","updateFrequency":"每日"},"details":{"ground":"expiryNotRenewed"},"effectiveAt":"2029-03-02T01:00:00.000000Z","event":{"hash":"nDykBT8ISlX64Ix5UwZnuF+72WctriAl8u/r2nOg7AM=","sequence":16,"stream":"AR-R-2026-00000002-V","version":3},"holder":{"name":"深圳市数据科技有限公司","partyCode":"91440300595317001X","role":"holder"},"issuedAt":"2029-04-01T01:00:00.000000Z","kind":"cancellation","previousCertificateHash":"ofYh7NZjdb38z9JVwCD2yvLkF3zkwRdNknphWE7nFj0=","registry":"AssetRegistry","right":"holding","title":"登记证书","validFrom":"2026-05-01T01:00:00.000000Z","validUntil":"2026-05-11T16:00:00.000000Z"}', '\x62e9e5205e8b6f4be0ea303c4ea78ad072c5e4e05013f692b8fb1dc0ee0be014', '\x018f2c6a94dd48f361a8363228746044baeab8a47eacdd02074032adcf3a4ff9', '2029-04-01 01:00:00+00');
INSERT INTO registry.ledger_certificates (leaf_index, certificate_number, registration_number, event_sequence, certificate, leaf_hash, certificate_hash, issued_at) VALUES (3, 'AR-C-000000000004', 'AR-R-2026-00000001-X', 18, '{"asset":{"kind":"dataResource","name":"城市交通出行数据集","registrationNumber":"AR-R-2026-00000001-X"},"certificateNumber":"AR-C-000000000004","commitments":{},"counterparty":null,"data":{"applicationScenarios":["城市规划","出行服务"],"dataSource":"自有业务系统采集，经用户授权","derivedFrom":[],"industry":"交通运输","structureAndScale":"结构化表格，约 1.2 亿条记录","updateFrequency":"每日"},"details":{"previousValidUntil":"2029-04-01T01:00:00.000000Z"},"effectiveAt":"2029-03-02T01:00:00.000000Z","event":{"hash":"Ymv6SnxDQhXeRi2U3i9teUmplgBxPtITkY6tKXWYn3w=","sequence":18,"stream":"AR-R-2026-00000001-X","version":2},"holder":{"name":"深圳市数据科技有限公司","partyCode":"91440300595317001X","role":"holder"},"issuedAt":"2029-04-01T01:00:00.000000Z","kind":"renewal","previousCertificateHash":"jaZXHxmpi9q8HdAoDSnurBXCydo5zP6NzI/lLOFrsg8=","registry":"AssetRegistry","right":"holding","title":"登记证书","validFrom":"2026-04-01T01:00:00.000000Z","validUntil":"2032-04-01T01:00:00.000000Z"}', '\x8bf53a3c7fcc256bfccf980f7858c9945e4aadb58f2a367a6b9503725354e45f', '\x87ae89efa648bbab5f77dcd32708e8de6bd81a9d63ce0d74fdad90186e64a782', '2029-04-01 01:00:00+00');
INSERT INTO registry.ledger_certificates (leaf_index, certificate_number, registration_number, event_sequence, certificate, leaf_hash, certificate_hash, issued_at) VALUES (4, 'AR-C-000000000005', 'AR-R-2029-00000001-E', 24, '{"asset":{"kind":"dataResource","name":"城市交通出行数据集","registrationNumber":"AR-R-2029-00000001-E"},"certificateNumber":"AR-C-000000000005","commitments":{"reviewReport":"JBXITfazVNoYZV2QAcMFyERgJGUUw61nCP3Wh2VTMXI=","reviewReportDocument":"qjzIbo9C71yGHdcZAVWFVIaxSOycOMfNoZcIq1oxg7k=","sampleData":"7b29wW+FXIhViNfmYMhhVkUocjOEkRvSuTNAfX/R3nU="},"counterparty":null,"data":{"applicationScenarios":["城市规划","出行服务"],"dataSource":"自有业务系统采集，经用户授权","derivedFrom":[],"industry":"交通运输","structureAndScale":"结构化表格，约 1.2 亿条记录","updateFrequency":"每日"},"details":{"applicationId":"01a236a1-7784-722b-b6d6-ec64b60414b4"},"effectiveAt":"2029-04-01T01:00:00.000000Z","event":{"hash":"+11JxObA1mZ2VlEC+NKJKY40drCq2P8VqbdUzDh9yAc=","sequence":24,"stream":"AR-R-2029-00000001-E","version":1},"holder":{"name":"深圳市数据科技有限公司","partyCode":"91440300595317001X","role":"holder"},"issuedAt":"2029-04-01T01:00:00.000000Z","kind":"initial","previousCertificateHash":null,"registry":"AssetRegistry","right":"holding","title":"登记证书","validFrom":"2029-04-01T01:00:00.000000Z","validUntil":"2032-04-01T01:00:00.000000Z"}', '\xa76b6a33e3cddca5b18c41d3faf4d89a7dda3ea427f05a03351aa352c2ab392a', '\x1d6bb7230ccdb6dd04577a3db1910079d140dc32ed6035de83acf80637720682', '2029-04-01 01:00:00+00');
INSERT INTO registry.ledger_certificates (leaf_index, certificate_number, registration_number, event_sequence, certificate, leaf_hash, certificate_hash, issued_at) VALUES (5, 'AR-C-000000000006', 'AR-R-2029-00000001-E', 29, '{"asset":{"kind":"dataResource","name":"城市交通出行数据集","registrationNumber":"AR-R-2029-00000001-E"},"certificateNumber":"AR-C-000000000006","commitments":{},"counterparty":{"name":"广州算法有限公司","partyCode":"91440300799666002P","role":"licensee"},"data":{"applicationScenarios":["城市规划","出行服务"],"dataSource":"自有业务系统采集，经用户授权","derivedFrom":[],"industry":"交通运输","structureAndScale":"结构化表格，约 1.2 亿条记录","updateFrequency":"每日"},"details":{"endsOn":"2030-05-06","licenseId":"01a236a1-77d1-7f82-97a3-4fe0b2000ce4","licenseType":"nonExclusive","scope":["城市规划"],"startsOn":"2029-04-02","subLicensingAllowed":false},"effectiveAt":"2029-05-01T01:00:00.000000Z","event":{"hash":"hLy656MsmCJPCzrWRERun8PkM+hFxx7UhMPBCQhgZ5c=","sequence":29,"stream":"AR-R-2029-00000001-E","version":2},"holder":{"name":"深圳市数据科技有限公司","partyCode":"91440300595317001X","role":"holder"},"issuedAt":"2029-05-31T01:00:00.000000Z","kind":"license","previousCertificateHash":"HWu3IwzNtt0EV3o9sZEAedFA3DLtYDXeg6z4BjdyBoI=","registry":"AssetRegistry","right":"processingUse","title":"许可凭证","validFrom":"2029-04-01T01:00:00.000000Z","validUntil":"2032-04-01T01:00:00.000000Z"}', '\x485cf9d1e1409c62d69ceb225860bd18d83fe33ffce10cf5183f7b6808abfb6c', '\x557ade5bd5c8fae947f5832d35eb81c3a1b5c42a2b71375a70a7e68f82e6bb9f', '2029-05-31 01:00:00+00');
INSERT INTO registry.ledger_certificates (leaf_index, certificate_number, registration_number, event_sequence, certificate, leaf_hash, certificate_hash, issued_at) VALUES (6, 'AR-C-000000000007', 'AR-R-2029-00000001-E', 34, '{"asset":{"kind":"dataResource","name":"城市交通出行数据集","registrationNumber":"AR-R-2029-00000001-E"},"certificateNumber":"AR-C-000000000007","commitments":{},"counterparty":{"name":"佛山短期被许可有限公司","partyCode":"91440300552148003J","role":"licensee"},"data":{"applicationScenarios":["城市规划","出行服务"],"dataSource":"自有业务系统采集，经用户授权","derivedFrom":[],"industry":"交通运输","structureAndScale":"结构化表格，约 1.2 亿条记录","updateFrequency":"每日"},"details":{"endsOn":"2029-06-15","licenseId":"01a236a1-7901-71ff-a777-8c8eeaa65201","licenseType":"nonExclusive","scope":["城市规划"],"startsOn":"2029-05-02","subLicensingAllowed":false},"effectiveAt":"2029-05-31T01:00:00.000000Z","event":{"hash":"YWrFrmDeLlM3pFlQpWArjVtbWJKNqiVPiuq5s1n120E=","sequence":34,"stream":"AR-R-2029-00000001-E","version":3},"holder":{"name":"深圳市数据科技有限公司","partyCode":"91440300595317001X","role":"holder"},"issuedAt":"2029-05-31T01:00:00.000000Z","kind":"license","previousCertificateHash":"VXreW9XI+ulH9YMtNeuBw6G1xCorcTdacKfmj4Lmu58=","registry":"AssetRegistry","right":"processingUse","title":"许可凭证","validFrom":"2029-04-01T01:00:00.000000Z","validUntil":"2032-04-01T01:00:00.000000Z"}', '\xd772f624ed9215b5a03749d8d12fc4ee032ea740a24d3fab0756228151e88a05', '\x14977adf34489cf496eea89bf59e369bf398d32f5a564ec550a50aa040272254', '2029-05-31 01:00:00+00');
INSERT INTO registry.ledger_certificates (leaf_index, certificate_number, registration_number, event_sequence, certificate, leaf_hash, certificate_hash, issued_at) VALUES (7, 'AR-C-000000000008', 'AR-R-2029-00000001-E', 40, '{"asset":{"kind":"dataResource","name":"城市交通出行数据集","registrationNumber":"AR-R-2029-00000001-E"},"certificateNumber":"AR-C-000000000008","commitments":{},"counterparty":{"name":"东莞退出被许可有限公司","partyCode":"91440300062506004U","role":"licensee"},"data":{"applicationScenarios":["城市规划","出行服务"],"dataSource":"自有业务系统采集，经用户授权","derivedFrom":[],"industry":"交通运输","structureAndScale":"结构化表格，约 1.2 亿条记录","updateFrequency":"每日"},"details":{"endsOn":"2030-03-27","licenseId":"01a236a1-7940-733b-803f-36023f77dcaa","licenseType":"nonExclusive","scope":["城市规划"],"startsOn":"2029-06-01","subLicensingAllowed":false},"effectiveAt":"2029-06-30T01:00:00.000000Z","event":{"hash":"g4e7sTekQEzqUsIO7en8eGj2NkL1CzWHFyyWCNh55TM=","sequence":40,"stream":"AR-R-2029-00000001-E","version":5},"holder":{"name":"深圳市数据科技有限公司","partyCode":"91440300595317001X","role":"holder"},"issuedAt":"2029-07-30T01:00:00.000000Z","kind":"license","previousCertificateHash":"FJd63zRInPSW7qib9Z42m/OY0y9aVk7FUKUKoEAnIlQ=","registry":"AssetRegistry","right":"processingUse","title":"许可凭证","validFrom":"2029-04-01T01:00:00.000000Z","validUntil":"2032-04-01T01:00:00.000000Z"}', '\xa2bd7746fb8059c67bb3eb3a5df64c7568229a25e3d13fe1656ee6d8db1a4e53', '\xa0c8d5275694dba2855bebe7109a5fba5287218eb815413acf83c4e8c165cca5', '2029-07-30 01:00:00+00');
INSERT INTO registry.ledger_certificates (leaf_index, certificate_number, registration_number, event_sequence, certificate, leaf_hash, certificate_hash, issued_at) VALUES (8, 'AR-C-000000000009', 'AR-R-2029-00000001-E', 44, '{"asset":{"kind":"dataResource","name":"城市交通出行数据集","registrationNumber":"AR-R-2029-00000001-E"},"certificateNumber":"AR-C-000000000009","commitments":{},"counterparty":null,"data":{"applicationScenarios":["城市规划","出行服务"],"dataSource":"自有业务系统采集，经用户授权","derivedFrom":[],"industry":"交通运输","structureAndScale":"结构化表格，约 1.2 亿条记录","updateFrequency":"每日"},"details":{"ground":"voluntary","licenseId":"01a236a1-7940-733b-803f-36023f77dcaa"},"effectiveAt":"2029-07-30T01:00:00.000000Z","event":{"hash":"u0zPv2f469xtza85KMXgjvFG+7LZ3BjywjPCozzsqMg=","sequence":44,"stream":"AR-R-2029-00000001-E","version":6},"holder":{"name":"深圳市数据科技有限公司","partyCode":"91440300595317001X","role":"holder"},"issuedAt":"2029-07-30T01:00:00.000000Z","kind":"licenseCancellation","previousCertificateHash":"oMjVJ1aU26KFW+vnEJpfulKHIY64FUE6z4PE6MFlzKU=","registry":"AssetRegistry","right":"processingUse","title":"许可凭证","validFrom":"2029-04-01T01:00:00.000000Z","validUntil":"2032-04-01T01:00:00.000000Z"}', '\x821a667738425f37e670925a6b753dbd05003f2e4d15960bb081483bedc99b1f', '\xc77b278488170683ae203bc01c22d71866077a1443b2675eec548b86fc573b76', '2029-07-30 01:00:00+00');
INSERT INTO registry.ledger_certificates (leaf_index, certificate_number, registration_number, event_sequence, certificate, leaf_hash, certificate_hash, issued_at) VALUES (9, 'AR-C-000000000010', 'AR-R-2029-00000001-E', 48, '{"asset":{"kind":"dataResource","name":"城市交通出行数据集","registrationNumber":"AR-R-2029-00000001-E"},"certificateNumber":"AR-C-000000000010","commitments":{},"counterparty":null,"data":{"applicationScenarios":["城市规划","出行服务"],"dataSource":"自有业务系统采集，经用户授权","derivedFrom":[],"industry":"交通运输","structureAndScale":"结构化表格，约 1.2 亿条记录","updateFrequency":"每小时"},"details":{"changedFields":["updateFrequency","holderName","license[01a236a1-77d1-7f82-97a3-4fe0b2000ce4].endsOn"]},"effectiveAt":"2029-08-29T01:00:00.000000Z","event":{"hash":"V9VwP+YcAP1QkROH2Z9aEw13B4ybl6fmf6jJMzuuJKw=","sequence":48,"stream":"AR-R-2029-00000001-E","version":7},"holder":{"name":"深圳市数据集团有限公司","partyCode":"91440300595317001X","role":"holder"},"issuedAt":"2029-09-28T01:00:00.000000Z","kind":"change","previousCertificateHash":"x3snhIgXBoOuIDvAHCLXGGYHehRDsmde7FSLhvxXO3Y=","registry":"AssetRegistry","right":"holding","title":"登记证书","validFrom":"2029-04-01T01:00:00.000000Z","validUntil":"2032-04-01T01:00:00.000000Z"}', '\x2879b6e92c8d6d10eb0222b451fb3d560957499369d11d569f0ce376cda80505', '\x30c2574f81e01906d0325efd81a2e579015e6cadd38a07e0513bca7c95e013ba', '2029-09-28 01:00:00+00');
INSERT INTO registry.ledger_certificates (leaf_index, certificate_number, registration_number, event_sequence, certificate, leaf_hash, certificate_hash, issued_at) VALUES (10, 'AR-C-000000000011', 'AR-R-2029-00000002-C', 54, '{"asset":{"kind":"dataResource","name":"城市交通出行数据集","registrationNumber":"AR-R-2029-00000002-C"},"certificateNumber":"AR-C-000000000011","commitments":{"reviewReport":"eu0d2dQze2UH7qh55RfGplm821563i9bpSOdckJd8fM=","reviewReportDocument":"+8lslTC0ZQpykH/0MprS12q7eSXPbaduzHqe7HlELVw=","sampleData":"7oRnM+RlkRaXCPnHk1Cz8GPfTDf9T/tpeJ0xLtdCunM="},"counterparty":null,"data":{"applicationScenarios":["城市规划","出行服务"],"dataSource":"自有业务系统采集，经用户授权","derivedFrom":[],"industry":"交通运输","structureAndScale":"结构化表格，约 1.2 亿条记录","updateFrequency":"每日"},"details":{"applicationId":"01a236a1-7aee-73ff-8757-69ea97c3f7e6"},"effectiveAt":"2029-09-28T01:00:00.000000Z","event":{"hash":"toiep2hZTl/E6iL6kezk8soW65kcDRToezXE1NU6D9Y=","sequence":54,"stream":"AR-R-2029-00000002-C","version":1},"holder":{"name":"深圳市数据科技有限公司","partyCode":"91440300595317001X","role":"holder"},"issuedAt":"2029-09-28T01:00:00.000000Z","kind":"initial","previousCertificateHash":null,"registry":"AssetRegistry","right":"holding","title":"登记证书","validFrom":"2029-09-28T01:00:00.000000Z","validUntil":"2032-09-28T01:00:00.000000Z"}', '\x109388b0fbb4caf5d654f55ee11b70081b1bfa372265e54e25a15f307c52e09d', '\xc1b29717f49186b3bd494a3d7cf40647164ff0219a0a13ba179b593d7cf5f718', '2029-09-28 01:00:00+00');
INSERT INTO registry.ledger_certificates (leaf_index, certificate_number, registration_number, event_sequence, certificate, leaf_hash, certificate_hash, issued_at) VALUES (21, 'AR-C-000000000022', 'AR-R-2029-00000001-E', 91, '{"asset":{"kind":"dataResource","name":"城市交通出行数据集","registrationNumber":"AR-R-2029-00000001-E"},"certificateNumber":"AR-C-000000000022","commitments":{},"counterparty":null,"data":{"applicationScenarios":["城市规划","出行服务"],"dataSource":"自有业务系统采集，经用户授权","derivedFrom":[],"industry":"交通运输","structureAndScale":"结构化表格，约 1.2 亿条记录","updateFrequency":"每小时"},"details":{"objectionId":"01a236a1-810c-7a2c-9238-83769bce3534","outcome":"dismissed"},"effectiveAt":"2030-01-26T01:00:00.000000Z","event":{"hash":"GQQPWGPCL+RrUOpHZTq7YZAaEb7DhWiij36J2INLaIg=","sequence":91,"stream":"AR-R-2029-00000001-E","version":9},"holder":{"name":"深圳市数据集团有限公司","partyCode":"91440300595317001X","role":"holder"},"issuedAt":"2030-01-26T01:00:00.000003Z","kind":"objectionResolved","previousCertificateHash":"ftXSK3appZADEC+BYuo8fAB4JI59P66UQGMinbiCHnE=","registry":"AssetRegistry","right":"holding","title":"登记证书","validFrom":"2029-04-01T01:00:00.000000Z","validUntil":"2032-04-01T01:00:00.000000Z"}', '\x43729005050fc41b5f508c2db5a465fecc016bd2d4c4e79eba4a40e276609987', '\x851179db4ef320c679d8a03ff6b0f0e2c2c9f48207acd258b23ab36f3c74c4dc', '2030-01-26 01:00:00.000003+00');
INSERT INTO registry.ledger_certificates (leaf_index, certificate_number, registration_number, event_sequence, certificate, leaf_hash, certificate_hash, issued_at) VALUES (11, 'AR-C-000000000012', 'AR-R-2029-00000002-C', 61, '{"asset":{"kind":"dataResource","name":"城市交通出行数据集","registrationNumber":"AR-R-2029-00000002-C"},"certificateNumber":"AR-C-000000000012","commitments":{"basisDocument":"8hg0xhHRcoxLJagdayWXBQN+L/y+vrynDEvTU2EJljo="},"counterparty":{"name":"深圳市数据科技有限公司","partyCode":"91440300595317001X","role":"previousHolder"},"data":{"applicationScenarios":["城市规划","出行服务"],"dataSource":"自有业务系统采集，经用户授权","derivedFrom":[],"industry":"交通运输","structureAndScale":"结构化表格，约 1.2 亿条记录","updateFrequency":"每日"},"details":{"ground":"trade"},"effectiveAt":"2029-10-28T01:00:00.000000Z","event":{"hash":"+CB/Poo+/+TNgAbGkDzMCNBGEoDyfMeLYKhsIgnh9zI=","sequence":61,"stream":"AR-R-2029-00000002-C","version":2},"holder":{"name":"北京数据交易有限公司","partyCode":"914403007829900057","role":"holder"},"issuedAt":"2029-10-28T01:00:00.000000Z","kind":"transfer","previousCertificateHash":"wbKXF/SRhrO9SUo9fPQGRxZP8CGaChO6F5tZPXz19xg=","registry":"AssetRegistry","right":"holding","title":"登记证书","validFrom":"2029-09-28T01:00:00.000000Z","validUntil":"2032-09-28T01:00:00.000000Z"}', '\x2fcd4c49642086b82a474c5fed0aa38a47036737241c0b9233962f5034d014ff', '\x86355532937f2213a4547288218a193a0bb74591d2c6a831b6471bc2ba911518', '2029-10-28 01:00:00+00');
INSERT INTO registry.ledger_certificates (leaf_index, certificate_number, registration_number, event_sequence, certificate, leaf_hash, certificate_hash, issued_at) VALUES (12, 'AR-C-000000000013', 'AR-R-2029-00000002-C', 62, '{"asset":{"kind":"dataResource","name":"城市交通出行数据集","registrationNumber":"AR-R-2029-00000002-C"},"certificateNumber":"AR-C-000000000013","commitments":{"basisDocument":"Qv8fipFffYa6dVc+mk/xhlnpRH/MYbUOSNwZi4f4+ag="},"counterparty":null,"data":{"applicationScenarios":["城市规划","出行服务"],"dataSource":"自有业务系统采集，经用户授权","derivedFrom":[],"industry":"交通运输","structureAndScale":"结构化表格，约 1.2 亿条记录","updateFrequency":"每日"},"details":{"caseNumber":"(2026)粤03执保8731号","court":"深圳市中级人民法院","endsOn":null,"freezeId":"01a236a1-7bc7-7504-a871-2991eb07603c"},"effectiveAt":"2029-10-28T01:00:00.000000Z","event":{"hash":"99Tbq+1BBmYwnaONtJ2SfjbsGoNxSuQ7kw2mc8G7BTs=","sequence":62,"stream":"AR-R-2029-00000002-C","version":3},"holder":{"name":"北京数据交易有限公司","partyCode":"914403007829900057","role":"holder"},"issuedAt":"2029-10-28T01:00:00.000000Z","kind":"freeze","previousCertificateHash":"hjVVMpN/IhOkVHKIIYoZOgu3RZHSxqgxtkcbwrqRFRg=","registry":"AssetRegistry","right":"holding","title":"登记证书","validFrom":"2029-09-28T01:00:00.000000Z","validUntil":"2032-09-28T01:00:00.000000Z"}', '\x6deb77b293797c6f5d2826b7122265afccfa5c7251c0a98ba5caaaf5aa4e16af', '\x18231f67c847e4428449ae14215c6e4eef7ce8fb212a829c93266291c2fea457', '2029-10-28 01:00:00+00');
INSERT INTO registry.ledger_certificates (leaf_index, certificate_number, registration_number, event_sequence, certificate, leaf_hash, certificate_hash, issued_at) VALUES (13, 'AR-C-000000000014', 'AR-R-2029-00000002-C', 63, '{"asset":{"kind":"dataResource","name":"城市交通出行数据集","registrationNumber":"AR-R-2029-00000002-C"},"certificateNumber":"AR-C-000000000014","commitments":{"basisDocument":"8pS8M2/GFmtJ8/vq7h4RUztTJLRfVV+gPFsaYNEzWuU="},"counterparty":null,"data":{"applicationScenarios":["城市规划","出行服务"],"dataSource":"自有业务系统采集，经用户授权","derivedFrom":[],"industry":"交通运输","structureAndScale":"结构化表格，约 1.2 亿条记录","updateFrequency":"每日"},"details":{"freezeId":"01a236a1-7bc7-7504-a871-2991eb07603c","how":"releaseOrder"},"effectiveAt":"2029-10-28T01:00:00.000000Z","event":{"hash":"YJ4YO/eG07lnJZj+eTrQnr1Xw2zbfb4c8+Zu13osqH4=","sequence":63,"stream":"AR-R-2029-00000002-C","version":4},"holder":{"name":"北京数据交易有限公司","partyCode":"914403007829900057","role":"holder"},"issuedAt":"2029-12-27T01:00:00.000000Z","kind":"freezeRelease","previousCertificateHash":"GCMfZ8hH5EKESa4UIVxuTu986PshKoKckyZikcL+pFc=","registry":"AssetRegistry","right":"holding","title":"登记证书","validFrom":"2029-09-28T01:00:00.000000Z","validUntil":"2032-09-28T01:00:00.000000Z"}', '\xe339228ba2cde509450391c73d9f29f03259337b24a382a2fe40b6b6df3b614e', '\xc10037add63e82c2feb6271bb043ec1a6a11b7f83ab0b51547b49f4f85a11021', '2029-12-27 01:00:00+00');
INSERT INTO registry.ledger_certificates (leaf_index, certificate_number, registration_number, event_sequence, certificate, leaf_hash, certificate_hash, issued_at) VALUES (14, 'AR-C-000000000015', 'AR-R-2029-00000003-A', 69, '{"asset":{"kind":"dataResource","name":"城市交通出行数据集","registrationNumber":"AR-R-2029-00000003-A"},"certificateNumber":"AR-C-000000000015","commitments":{"reviewReport":"lmBf61J29hh8DopNTAk5pPDEfi2nhxt3DWyudBlzarU=","reviewReportDocument":"K2JimXEukZyQzX0AXWjq6taQxGIZ7V4UlCBvpl6udG0=","sampleData":"lZ5jvNZhoCxqDAC7pqfRSVvf2SSjREyOKGXm0SQM/NY="},"counterparty":null,"data":{"applicationScenarios":["城市规划","出行服务"],"dataSource":"自有业务系统采集，经用户授权","derivedFrom":[],"industry":"交通运输","structureAndScale":"结构化表格，约 1.2 亿条记录","updateFrequency":"每日"},"details":{"applicationId":"01a236a1-7d34-79b5-bdbd-916dd7adcaec"},"effectiveAt":"2029-11-27T01:00:00.000000Z","event":{"hash":"csaHKeIjcJH683Pwg8cNxNMhCEAevjfvv6rRaWwA+WE=","sequence":69,"stream":"AR-R-2029-00000003-A","version":1},"holder":{"name":"深圳市数据科技有限公司","partyCode":"91440300595317001X","role":"holder"},"issuedAt":"2029-12-27T01:00:00.000000Z","kind":"initial","previousCertificateHash":null,"registry":"AssetRegistry","right":"holding","title":"登记证书","validFrom":"2029-11-27T01:00:00.000000Z","validUntil":"2032-11-27T01:00:00.000000Z"}', '\x7e6a698acc656c48a36ca9edb299d847659140bcc398eaec08b694629a4c85ed', '\x4bd06999720a38d743dd8886cb43226561a7227897b614665797d9abe432f62c', '2029-12-27 01:00:00+00');
INSERT INTO registry.ledger_certificates (leaf_index, certificate_number, registration_number, event_sequence, certificate, leaf_hash, certificate_hash, issued_at) VALUES (15, 'AR-C-000000000016', 'AR-R-2029-00000003-A', 73, '{"asset":{"kind":"dataResource","name":"城市交通出行数据集","registrationNumber":"AR-R-2029-00000003-A"},"certificateNumber":"AR-C-000000000016","commitments":{},"counterparty":null,"data":{"applicationScenarios":["城市规划","出行服务"],"dataSource":"自有业务系统采集，经用户授权","derivedFrom":[],"industry":"交通运输","structureAndScale":"结构化表格，约 1.2 亿条记录","updateFrequency":"每日"},"details":{"ground":"voluntary"},"effectiveAt":"2029-12-27T01:00:00.000000Z","event":{"hash":"vnDRv8llWv6SX1g1igVhWAzs3A6ihp6eiQcp7YuXSN8=","sequence":73,"stream":"AR-R-2029-00000003-A","version":2},"holder":{"name":"深圳市数据科技有限公司","partyCode":"91440300595317001X","role":"holder"},"issuedAt":"2030-01-26T01:00:00.000000Z","kind":"cancellation","previousCertificateHash":"S9BpmXIKONdD3YiGy0MiZWGnIniXthRmV5fZq+Qy9iw=","registry":"AssetRegistry","right":"holding","title":"登记证书","validFrom":"2029-11-27T01:00:00.000000Z","validUntil":"2032-11-27T01:00:00.000000Z"}', '\xcb2e5d9683147286a644a43bfdae754c4665666556575d1d3071dd7fb8e50d10', '\xc36ce80e8984e4d851ab63ef1250055cc59f8482686c4a3903621a9a266c529a', '2030-01-26 01:00:00+00');
INSERT INTO registry.ledger_certificates (leaf_index, certificate_number, registration_number, event_sequence, certificate, leaf_hash, certificate_hash, issued_at) VALUES (16, 'AR-C-000000000017', 'AR-R-2030-00000001-9', 79, '{"asset":{"kind":"dataResource","name":"城市交通出行数据集","registrationNumber":"AR-R-2030-00000001-9"},"certificateNumber":"AR-C-000000000017","commitments":{"reviewReport":"vryKcflD02c6y4UG8Ki85Pcp261UqHo6HadLe6sn+O8=","reviewReportDocument":"rp9gv/f2x7tZvkW5R7ejAlGkwM0UHI8nPWPam4NX81Q=","sampleData":"3qkW0UMzMalbpFaKtux1XrGYU/0gIUSIyIZbvY+uVyQ="},"counterparty":null,"data":{"applicationScenarios":["城市规划","出行服务"],"dataSource":"自有业务系统采集，经用户授权","derivedFrom":[],"industry":"交通运输","structureAndScale":"结构化表格，约 1.2 亿条记录","updateFrequency":"每日"},"details":{"applicationId":"01a236a1-7eb5-7980-b5aa-2bcc28a3d8f8"},"effectiveAt":"2030-01-26T01:00:00.000000Z","event":{"hash":"yV5hHjfMMi9V6tvELfX4cJPjXEfzCWsxyfV3VeBF+qM=","sequence":79,"stream":"AR-R-2030-00000001-9","version":1},"holder":{"name":"深圳市数据科技有限公司","partyCode":"91440300595317001X","role":"holder"},"issuedAt":"2030-01-26T01:00:00.000000Z","kind":"initial","previousCertificateHash":null,"registry":"AssetRegistry","right":"holding","title":"登记证书","validFrom":"2030-01-26T01:00:00.000000Z","validUntil":"2033-01-26T01:00:00.000000Z"}', '\x29f6493882dde662329a9837e7b4ce6154b99a4e7d4adf9b0646c41027d8171d', '\xff4a99cb326f14d9a4f5715967c4b7d3395b5c64a637723c3e0dd54ade332eb3', '2030-01-26 01:00:00+00');
INSERT INTO registry.ledger_certificates (leaf_index, certificate_number, registration_number, event_sequence, certificate, leaf_hash, certificate_hash, issued_at) VALUES (17, 'AR-C-000000000018', 'AR-R-2030-00000001-9', 82, '{"asset":{"kind":"dataResource","name":"城市交通出行数据集","registrationNumber":"AR-R-2030-00000001-9"},"certificateNumber":"AR-C-000000000018","commitments":{},"counterparty":{"name":"北京数据应用有限公司","partyCode":"914403002958340062","role":"objector"},"data":{"applicationScenarios":["城市规划","出行服务"],"dataSource":"自有业务系统采集，经用户授权","derivedFrom":[],"industry":"交通运输","structureAndScale":"结构化表格，约 1.2 亿条记录","updateFrequency":"每日"},"details":{"lapsesAt":"2030-02-10T16:00:00.000000Z","objectionId":"01a236a1-7eed-7a0d-8868-262e35bdb7c7"},"effectiveAt":"2030-01-26T01:00:00.000000Z","event":{"hash":"N0M4cEbs1AdbtApBglg94nApDPvAPFmOkq9FzTI4CAE=","sequence":82,"stream":"AR-R-2030-00000001-9","version":2},"holder":{"name":"深圳市数据科技有限公司","partyCode":"91440300595317001X","role":"holder"},"issuedAt":"2030-01-26T01:00:00.000001Z","kind":"objectionRegistered","previousCertificateHash":"/0qZyzJvFNmk9XFZZ8S30zlbXGSmN3I8Pg3VSt4zLrM=","registry":"AssetRegistry","right":"holding","title":"登记证书","validFrom":"2030-01-26T01:00:00.000000Z","validUntil":"2033-01-26T01:00:00.000000Z"}', '\x25ed5c19511c71f4ecb00009fce69a49d79370b07232a49fc83013a803fe82f9', '\x0aeb76003f895f8a2a5fc7bdc15af3ae3d7d6483ee9cbcbef1a711eda97a6a67', '2030-01-26 01:00:00.000001+00');
INSERT INTO registry.ledger_certificates (leaf_index, certificate_number, registration_number, event_sequence, certificate, leaf_hash, certificate_hash, issued_at) VALUES (18, 'AR-C-000000000019', 'AR-R-2030-00000001-9', 84, '{"asset":{"kind":"dataResource","name":"城市交通出行数据集","registrationNumber":"AR-R-2030-00000001-9"},"certificateNumber":"AR-C-000000000019","commitments":{},"counterparty":null,"data":{"applicationScenarios":["城市规划","出行服务"],"dataSource":"自有业务系统采集，经用户授权","derivedFrom":[],"industry":"交通运输","structureAndScale":"结构化表格，约 1.2 亿条记录","updateFrequency":"每日"},"details":{"objectionId":"01a236a1-7eed-7a0d-8868-262e35bdb7c7","outcome":"upheld"},"effectiveAt":"2030-01-26T01:00:00.000000Z","event":{"hash":"57+mMzTKo26nzOYmSLF8kgYZYgxcVrTMp7UYKdoq034=","sequence":84,"stream":"AR-R-2030-00000001-9","version":3},"holder":{"name":"深圳市数据科技有限公司","partyCode":"91440300595317001X","role":"holder"},"issuedAt":"2030-01-26T01:00:00.000001Z","kind":"objectionResolved","previousCertificateHash":"Cut2AD+JX4oqX8e9wVrzrj19ZIPunLy+8acR7al6amc=","registry":"AssetRegistry","right":"holding","title":"登记证书","validFrom":"2030-01-26T01:00:00.000000Z","validUntil":"2033-01-26T01:00:00.000000Z"}', '\xd7e94964c6a230631b7401b993d617aa4cb07e1fb806a3d0e6fdb4082b82396c', '\x2e440588972a5727db4df31e73b64b20dc7dd0924b94fe40486b79e445a329cb', '2030-01-26 01:00:00.000001+00');
INSERT INTO registry.ledger_certificates (leaf_index, certificate_number, registration_number, event_sequence, certificate, leaf_hash, certificate_hash, issued_at) VALUES (19, 'AR-C-000000000020', 'AR-R-2030-00000001-9', 85, '{"asset":{"kind":"dataResource","name":"更正后的数据集名称","registrationNumber":"AR-R-2030-00000001-9"},"certificateNumber":"AR-C-000000000020","commitments":{},"counterparty":null,"data":{"applicationScenarios":["城市规划","出行服务"],"dataSource":"自有业务系统采集，经用户授权","derivedFrom":[],"industry":"交通运输","structureAndScale":"结构化表格，约 1.2 亿条记录","updateFrequency":"每日"},"details":{"changedFields":["name","holder"],"objectionId":"01a236a1-7eed-7a0d-8868-262e35bdb7c7"},"effectiveAt":"2030-01-26T01:00:00.000000Z","event":{"hash":"Sq+OHPCcTHN1+pvUM8DvW8QU2RWIiAgDJBU6T2rE3cg=","sequence":85,"stream":"AR-R-2030-00000001-9","version":4},"holder":{"name":"北京数据应用有限公司","partyCode":"914403002958340062","role":"holder"},"issuedAt":"2030-01-26T01:00:00.000002Z","kind":"correction","previousCertificateHash":"LkQFiJcqVyfbTfMec7ZLINx90JJLlP5ASGt55EWjKcs=","registry":"AssetRegistry","right":"holding","title":"登记证书","validFrom":"2030-01-26T01:00:00.000000Z","validUntil":"2033-01-26T01:00:00.000000Z"}', '\x783c33195aaf9d51aa892236c16a91d14176e366f2095960ef4575b16170506f', '\x9c42a32102247acf04e698ed8c13a5fdbe178307b1396d9cd29102edbe75ddf7', '2030-01-26 01:00:00.000002+00');
INSERT INTO registry.ledger_certificates (leaf_index, certificate_number, registration_number, event_sequence, certificate, leaf_hash, certificate_hash, issued_at) VALUES (20, 'AR-C-000000000021', 'AR-R-2029-00000001-E', 88, '{"asset":{"kind":"dataResource","name":"城市交通出行数据集","registrationNumber":"AR-R-2029-00000001-E"},"certificateNumber":"AR-C-000000000021","commitments":{},"counterparty":{"name":"北京数据应用有限公司","partyCode":"914403002958340062","role":"objector"},"data":{"applicationScenarios":["城市规划","出行服务"],"dataSource":"自有业务系统采集，经用户授权","derivedFrom":[],"industry":"交通运输","structureAndScale":"结构化表格，约 1.2 亿条记录","updateFrequency":"每小时"},"details":{"lapsesAt":"2030-02-10T16:00:00.000000Z","objectionId":"01a236a1-810c-7a2c-9238-83769bce3534"},"effectiveAt":"2030-01-26T01:00:00.000000Z","event":{"hash":"nygmLUPb85VG+ugoun/epqVAZOt/WQYNwEaU1nRtI0s=","sequence":88,"stream":"AR-R-2029-00000001-E","version":8},"holder":{"name":"深圳市数据集团有限公司","partyCode":"91440300595317001X","role":"holder"},"issuedAt":"2030-01-26T01:00:00.000002Z","kind":"objectionRegistered","previousCertificateHash":"MMJXT4HgGQbQMl79gaLleQFebK3TigfgUTvKfJXgE7o=","registry":"AssetRegistry","right":"holding","title":"登记证书","validFrom":"2029-04-01T01:00:00.000000Z","validUntil":"2032-04-01T01:00:00.000000Z"}', '\x576be857e83d1e09f17241c4b21558b5a99313eea2bf3dafef9fa3425a71c9cb', '\x7ed5d22b76a9a59003102f8162ea3c7c0078248e7d3fae944063229db8821e71', '2030-01-26 01:00:00.000002+00');
INSERT INTO registry.ledger_certificates (leaf_index, certificate_number, registration_number, event_sequence, certificate, leaf_hash, certificate_hash, issued_at) VALUES (23, 'AR-C-000000000024', 'AR-R-2026-00000001-X', 100, '{"asset":{"kind":"dataResource","name":"城市交通出行数据集","registrationNumber":"AR-R-2026-00000001-X"},"certificateNumber":"AR-C-000000000024","commitments":{},"counterparty":null,"data":{"applicationScenarios":["城市规划","出行服务"],"dataSource":"自有业务系统采集，经用户授权","derivedFrom":[],"industry":"交通运输","structureAndScale":"结构化表格，约 1.2 亿条记录","updateFrequency":"每日"},"details":{"freezeId":"01a236a1-8358-7046-aa40-6af36aeda866","how":"termEnded"},"effectiveAt":"2030-02-25T01:00:00.000000Z","event":{"hash":"Gw+sCtGeZMXI0jQG0Pw/UB6GYQImPS6ZtjFoIbW5llc=","sequence":100,"stream":"AR-R-2026-00000001-X","version":4},"holder":{"name":"深圳市数据科技有限公司","partyCode":"91440300595317001X","role":"holder"},"issuedAt":"2030-02-25T01:00:00.000001Z","kind":"freezeRelease","previousCertificateHash":"u7u07HJLVPLi+j2ipQ0L1p7VxRWHHpNq/y1d1neu5QQ=","registry":"AssetRegistry","right":"holding","title":"登记证书","validFrom":"2026-04-01T01:00:00.000000Z","validUntil":"2032-04-01T01:00:00.000000Z"}', '\x5b57864f0734de8d43b5e77d48f2a2985fb7cd701254f0cf9d3a77e2cbb426e3', '\x40381a69395144baced827c6bcd3f2d95eb24c4f4a95edfc7fb1d67e17f23ea8', '2030-02-25 01:00:00.000001+00');
INSERT INTO registry.ledger_certificates (leaf_index, certificate_number, registration_number, event_sequence, certificate, leaf_hash, certificate_hash, issued_at) VALUES (24, 'AR-C-000000000025', 'AR-P-2030-00000001-2', 103, '{"asset":{"kind":"dataProduct","name":"城市交通出行数据集","registrationNumber":"AR-P-2030-00000001-2"},"certificateNumber":"AR-C-000000000025","commitments":{"reviewReport":"gB1g14Mdz9h8TuE5EdjpSxeLJcCpOGQRkOFyG/X7xd4=","reviewReportDocument":"UZfVkx/LtJS1yqTfDWi1jwKcI7Sbi8765bYmTlbTXEY=","sampleData":"KxTdjF17/v8JHc42PKdmNgsmz6NTNIIqrF5gWKCoNLo="},"counterparty":null,"data":{"applicationScenarios":["城市规划","出行服务"],"dataSource":"自有业务系统采集，经用户授权","derivedFrom":["AR-R-2026-00000001-X"],"industry":"交通运输","structureAndScale":"结构化表格，约 1.2 亿条记录","updateFrequency":"每日"},"details":{"applicationId":"01a236a1-8374-7516-ac1c-1254727739f9"},"effectiveAt":"2030-02-25T01:00:00.000000Z","event":{"hash":"AM+pXp9jXZ6KJMNbKOpVSKi7jXpIR3vJOHAzdkOIdpY=","sequence":103,"stream":"AR-P-2030-00000001-2","version":1},"holder":{"name":"深圳市数据科技有限公司","partyCode":"91440300595317001X","role":"holder"},"issuedAt":"2030-02-25T01:00:00.000001Z","kind":"initial","previousCertificateHash":null,"registry":"AssetRegistry","right":"operating","title":"登记证书","validFrom":"2030-02-25T01:00:00.000000Z","validUntil":"2033-02-25T01:00:00.000000Z"}', '\xee90e83f742ac36a4d80240194a58fdcc6dcbbb0a504e9c2481fdf626e5efd93', '\x7c4fe8b305162b7361def2ace246ba7761d9f81377c39fa8185b2e450cf00b9f', '2030-02-25 01:00:00.000001+00');
INSERT INTO registry.ledger_certificates (leaf_index, certificate_number, registration_number, event_sequence, certificate, leaf_hash, certificate_hash, issued_at) VALUES (22, 'AR-C-000000000023', 'AR-R-2026-00000001-X', 96, '{"asset":{"kind":"dataResource","name":"城市交通出行数据集","registrationNumber":"AR-R-2026-00000001-X"},"certificateNumber":"AR-C-000000000023","commitments":{"basisDocument":"ZHGIZ/AQIPfDJpuVgYiTWPYafyROmuBGUd/1Op7sFWQ="},"counterparty":null,"data":{"applicationScenarios":["城市规划","出行服务"],"dataSource":"自有业务系统采集，经用户授权","derivedFrom":[],"industry":"交通运输","structureAndScale":"结构化表格，约 1.2 亿条记录","updateFrequency":"每日"},"details":{"caseNumber":"(2026)粤03执保2774号","court":"深圳市中级人民法院","endsOn":"2030-01-29","freezeId":"01a236a1-8358-7046-aa40-6af36aeda866"},"effectiveAt":"2030-01-26T01:00:00.000000Z","event":{"hash":"LXwoSboA1i7t4r4qrZxrnbYRVHv5cLF5jjtybvkAdTc=","sequence":96,"stream":"AR-R-2026-00000001-X","version":3},"holder":{"name":"深圳市数据科技有限公司","partyCode":"91440300595317001X","role":"holder"},"issuedAt":"2030-02-25T01:00:00.000000Z","kind":"freeze","previousCertificateHash":"h66J76ZIu6tfd9zTJwjo3mvYGp1jzg10/a2QGG5kp4I=","registry":"AssetRegistry","right":"holding","title":"登记证书","validFrom":"2026-04-01T01:00:00.000000Z","validUntil":"2032-04-01T01:00:00.000000Z"}', '\x5ee2e0e17d252ad927faead024158737656127eae514fa08778a4fc8c11cbbea', '\xbbbbb4ec724b54f2e2fa3da2a50d0bd69ed5c515871e936aff2d5dd677aee504', '2030-02-25 01:00:00+00');
INSERT INTO registry.ledger_certificates (leaf_index, certificate_number, registration_number, event_sequence, certificate, leaf_hash, certificate_hash, issued_at) VALUES (25, 'AR-C-000000000026', 'AR-R-2030-00000002-7', 123, '{"asset":{"kind":"dataResource","name":"城市交通出行数据集","registrationNumber":"AR-R-2030-00000002-7"},"certificateNumber":"AR-C-000000000026","commitments":{"reviewReport":"/H3w/hoCJbTPrgeCc3pPMRTy+6MBlBb+Ixl5DK1O7uA=","reviewReportDocument":"NXKlHUVZZVgWL+SkUM4qHVey3xL6E1FPFA2N7LP2dXs=","sampleData":"i9vY/bsQ8A3/t6ZLREqq13vNbrU+JeXpSOBRMzeTFwY="},"counterparty":null,"data":{"applicationScenarios":["城市规划","出行服务"],"dataSource":"自有业务系统采集，经用户授权","derivedFrom":[],"industry":"交通运输","structureAndScale":"结构化表格，约 1.2 亿条记录","updateFrequency":"每日"},"details":{"applicationId":"01a236a1-8609-7379-9dee-b2dc6d844538"},"effectiveAt":"2030-03-27T01:00:00.000000Z","event":{"hash":"fgluTiEpr7Knv66Gi18kQT0uSdNDdR0+zz+NpEOOn7Y=","sequence":123,"stream":"AR-R-2030-00000002-7","version":1},"holder":{"name":"深圳市数据科技有限公司","partyCode":"91440300595317001X","role":"holder"},"issuedAt":"2030-05-06T01:00:00.000000Z","kind":"initial","previousCertificateHash":null,"registry":"AssetRegistry","right":"holding","title":"登记证书","validFrom":"2030-03-27T01:00:00.000000Z","validUntil":"2030-04-01T16:00:00.000000Z"}', '\x9abb824190ff0820b64f43230bd6b5389567ee613fe095582a879290d9a40c16', '\x7195dc1219bec48b70815d880f35246701dda02487f3d417a960f1a8fee9933b', '2030-05-06 01:00:00+00');
INSERT INTO registry.ledger_certificates (leaf_index, certificate_number, registration_number, event_sequence, certificate, leaf_hash, certificate_hash, issued_at) VALUES (26, 'AR-C-000000000027', 'AR-R-2026-00000001-X', 149, '{"asset":{"kind":"dataResource","name":"城市交通出行数据集","registrationNumber":"AR-R-2026-00000001-X"},"certificateNumber":"AR-C-000000000027","commitments":{},"counterparty":{"name":"北京数据应用有限公司","partyCode":"914403002958340062","role":"objector"},"data":{"applicationScenarios":["城市规划","出行服务"],"dataSource":"自有业务系统采集，经用户授权","derivedFrom":[],"industry":"交通运输","structureAndScale":"结构化表格，约 1.2 亿条记录","updateFrequency":"每日"},"details":{"lapsesAt":"2030-05-21T16:00:00.000000Z","objectionId":"01a236a1-8a10-7a58-8709-9ac3a6353e4c"},"effectiveAt":"2030-05-06T01:00:00.000000Z","event":{"hash":"0J7UrOvtoZHlwGAUiNDRSPXa04lcDaIbBaEqR7+xXyg=","sequence":149,"stream":"AR-R-2026-00000001-X","version":5},"holder":{"name":"深圳市数据科技有限公司","partyCode":"91440300595317001X","role":"holder"},"issuedAt":"2030-05-06T01:00:00.000001Z","kind":"objectionRegistered","previousCertificateHash":"QDgaaTlRRLrO2CfGvNPy2V6yTE9Kle38f7HWfhfyPqg=","registry":"AssetRegistry","right":"holding","title":"登记证书","validFrom":"2026-04-01T01:00:00.000000Z","validUntil":"2032-04-01T01:00:00.000000Z"}', '\x02f844d605afc2055cadd3fccc49dcd3645c5d7bd63b09e07855cc79a5c71827', '\xfa4185f721f7001b7799d3373775deb3e340f834b5bdea2258f74556f037293c', '2030-05-06 01:00:00.000001+00');
INSERT INTO registry.ledger_certificates (leaf_index, certificate_number, registration_number, event_sequence, certificate, leaf_hash, certificate_hash, issued_at) VALUES (27, 'AR-C-000000000028', 'AR-R-2030-00000001-9', 153, '{"asset":{"kind":"dataResource","name":"更正后的数据集名称","registrationNumber":"AR-R-2030-00000001-9"},"certificateNumber":"AR-C-000000000028","commitments":{"basisDocument":"+w30FmDJR1Vrc2uxbtGHWwgGTuEmMAPgvqkrcl80gp0="},"counterparty":null,"data":{"applicationScenarios":["城市规划","出行服务"],"dataSource":"自有业务系统采集，经用户授权","derivedFrom":[],"industry":"交通运输","structureAndScale":"结构化表格，约 1.2 亿条记录","updateFrequency":"每日"},"details":{"caseNumber":"(2026)粤03执保3664号","court":"深圳市中级人民法院","endsOn":"2030-05-26","freezeId":"01a236a1-8a4b-7ab0-bcc7-e6a963d15c3c"},"effectiveAt":"2030-05-06T01:00:00.000000Z","event":{"hash":"8p6f8lGZ5MrSfpt0Yg4coBaTk99jSIc155/GsQmo8r8=","sequence":153,"stream":"AR-R-2030-00000001-9","version":5},"holder":{"name":"北京数据应用有限公司","partyCode":"914403002958340062","role":"holder"},"issuedAt":"2030-05-06T01:00:00.000001Z","kind":"freeze","previousCertificateHash":"nEKjIQIkes8E5pjtjBOl/b4XgwexOW2c0pEC7b513fc=","registry":"AssetRegistry","right":"holding","title":"登记证书","validFrom":"2030-01-26T01:00:00.000000Z","validUntil":"2033-01-26T01:00:00.000000Z"}', '\x17d881c24660916a0faf5f6935a6da242431b24f3930580ef04a5f8c4756a9b7', '\x3cf899aaa0ce6902bdfe0eaf5aa340ac277c47f53320d51a958bd0da38a962fe', '2030-05-06 01:00:00.000001+00');


--
-- Data for Name: ledger_checkpoints; Type: TABLE DATA; Schema: registry; Owner: -
--

INSERT INTO registry.ledger_checkpoints (tree_size, checkpoint, root_hash, key_id, issued_at, frontier) VALUES (2, '{
  "registry": "AssetRegistry",
  "treeSize": 2,
  "rootHash": "IrI/p8xcdMzchR01PxY96AjphuGhvqdakBpjogCf5m0=",
  "issuedAt": "2029-01-31T01:00:00.000000Z",
  "keyId": "c2c77b564a9b9f06d981c93755c70d14bc4a3efe4b81648a642e007f4371ca4e",
  "algorithm": "ECDSA-P256-SHA256",
  "signature": "MEUCIGL2NmE5q1Ga7bU9pp5QlZrXIVtLmGdPsP1rQLgcG5K6AiEAoPBFVT9WhkPCZC3irCa3aMj6pkCV44S1y5duDTdW9wE="
}', '\x22b23fa7cc5c74ccdc851d353f163de808e986e1a1bea75a901a63a2009fe66d', 'c2c77b564a9b9f06d981c93755c70d14bc4a3efe4b81648a642e007f4371ca4e', '2029-01-31 01:00:00+00', '{"\\x22b23fa7cc5c74ccdc851d353f163de808e986e1a1bea75a901a63a2009fe66d"}');
INSERT INTO registry.ledger_checkpoints (tree_size, checkpoint, root_hash, key_id, issued_at, frontier) VALUES (5, '{
  "registry": "AssetRegistry",
  "treeSize": 5,
  "rootHash": "V1dtgYVH4H3iOpugJqGv6E1srynDMaIWouCapGflSow=",
  "issuedAt": "2029-04-01T01:00:00.000000Z",
  "keyId": "c2c77b564a9b9f06d981c93755c70d14bc4a3efe4b81648a642e007f4371ca4e",
  "algorithm": "ECDSA-P256-SHA256",
  "signature": "MEUCIFPTuhZ2oR7QNONlhrO0cElw5AzwlYLfRR1uURGS6CfDAiEAv/58Zqj1Yq4KUY9lZIsX3JnCXapqdH9+T2NviPEBvKM="
}', '\x57576d818547e07de23a9ba026a1afe84d6caf29c331a216a2e09aa467e54a8c', 'c2c77b564a9b9f06d981c93755c70d14bc4a3efe4b81648a642e007f4371ca4e', '2029-04-01 01:00:00+00', '{"\\x5aa6c18542eb020844c57459124520ab85052a9b47834da6601d1e4d04c8aed4","\\xa76b6a33e3cddca5b18c41d3faf4d89a7dda3ea427f05a03351aa352c2ab392a"}');
INSERT INTO registry.ledger_checkpoints (tree_size, checkpoint, root_hash, key_id, issued_at, frontier) VALUES (7, '{
  "registry": "AssetRegistry",
  "treeSize": 7,
  "rootHash": "403Xrjwrh/vTkNzMHSn/AB+i3H2QUyIa074zH0hC0F0=",
  "issuedAt": "2029-05-31T01:00:00.000000Z",
  "keyId": "c2c77b564a9b9f06d981c93755c70d14bc4a3efe4b81648a642e007f4371ca4e",
  "algorithm": "ECDSA-P256-SHA256",
  "signature": "MEUCIA3R0FttG/gh01t1QdE3frLd/8tDZBeWJ8YqRtCFiJfjAiEAxIg9AcYS96XV9ll/L+T6cnR99v/Tj/xqYhSyUgu0M58="
}', '\xe34dd7ae3c2b87fbd390dccc1d29ff001fa2dc7d9053221ad3be331f4842d05d', 'c2c77b564a9b9f06d981c93755c70d14bc4a3efe4b81648a642e007f4371ca4e', '2029-05-31 01:00:00+00', '{"\\x5aa6c18542eb020844c57459124520ab85052a9b47834da6601d1e4d04c8aed4","\\xd72f0bc178e5de55bf38d7ec781350a72570ad40270104d6a5ef29e050df0688","\\xd772f624ed9215b5a03749d8d12fc4ee032ea740a24d3fab0756228151e88a05"}');
INSERT INTO registry.ledger_checkpoints (tree_size, checkpoint, root_hash, key_id, issued_at, frontier) VALUES (9, '{
  "registry": "AssetRegistry",
  "treeSize": 9,
  "rootHash": "6g0n9yzSQ6hj1Aci6Zf8dRJZPj86Hvgp78+Fai1FJfs=",
  "issuedAt": "2029-07-30T01:00:00.000000Z",
  "keyId": "c2c77b564a9b9f06d981c93755c70d14bc4a3efe4b81648a642e007f4371ca4e",
  "algorithm": "ECDSA-P256-SHA256",
  "signature": "MEQCIFZvNaaFeXWCV4lEgyQOIA7v4Zi0prAVSZ19W/nv52nIAiBRcltJ2FKkNEPmi0Cop44Xlj4vClTRqIFrOw9jRAyLuw=="
}', '\xea0d27f72cd243a863d40722e997fc7512593e3f3a1ef829efcf856a2d4525fb', 'c2c77b564a9b9f06d981c93755c70d14bc4a3efe4b81648a642e007f4371ca4e', '2029-07-30 01:00:00+00', '{"\\x03c56dce2a662c3874332636f55587b19d2bd536acb69ca4a1dc96e9ed355440","\\x821a667738425f37e670925a6b753dbd05003f2e4d15960bb081483bedc99b1f"}');
INSERT INTO registry.ledger_checkpoints (tree_size, checkpoint, root_hash, key_id, issued_at, frontier) VALUES (11, '{
  "registry": "AssetRegistry",
  "treeSize": 11,
  "rootHash": "CrmD5eRAhU59INpgFOSb4GkyiolUNZeA+TpEhWK9P1c=",
  "issuedAt": "2029-09-28T01:00:00.000000Z",
  "keyId": "c2c77b564a9b9f06d981c93755c70d14bc4a3efe4b81648a642e007f4371ca4e",
  "algorithm": "ECDSA-P256-SHA256",
  "signature": "MEUCIQDCujBPCnV36tNfvKktpqnLYmEwCPM25VZ0u5YOPrQtmgIgc7C3jVIYOiY2dEVvGKmYgoX6354p1Zjs2h7nDqf9TrE="
}', '\x0ab983e5e440854e7d20da6014e49be069328a8954359780f93a448562bd3f57', 'c2c77b564a9b9f06d981c93755c70d14bc4a3efe4b81648a642e007f4371ca4e', '2029-09-28 01:00:00+00', '{"\\x03c56dce2a662c3874332636f55587b19d2bd536acb69ca4a1dc96e9ed355440","\\x1a9b96abd02204f390bf9157aedd030da62c92cc3c1a957001fabf0c84bb1f1a","\\x109388b0fbb4caf5d654f55ee11b70081b1bfa372265e54e25a15f307c52e09d"}');
INSERT INTO registry.ledger_checkpoints (tree_size, checkpoint, root_hash, key_id, issued_at, frontier) VALUES (13, '{
  "registry": "AssetRegistry",
  "treeSize": 13,
  "rootHash": "gArnnQ07yZYfzyJWfJnD+CXResb+u6YPtDVRzOfHOcE=",
  "issuedAt": "2029-10-28T01:00:00.000000Z",
  "keyId": "c2c77b564a9b9f06d981c93755c70d14bc4a3efe4b81648a642e007f4371ca4e",
  "algorithm": "ECDSA-P256-SHA256",
  "signature": "MEQCIFpLN3SKksSOeXfPElhsOgIefhQvV1gU2OVJCs06vdEqAiB7a7IMAkhkLzl+7LAHVxhewB6N45Fin3UCjcDACugkqA=="
}', '\x800ae79d0d3bc9961fcf22567c99c3f825d17ac6febba60fb43551cce7c739c1', 'c2c77b564a9b9f06d981c93755c70d14bc4a3efe4b81648a642e007f4371ca4e', '2029-10-28 01:00:00+00', '{"\\x03c56dce2a662c3874332636f55587b19d2bd536acb69ca4a1dc96e9ed355440","\\x2d3ed295811c7fac9949b8c1521d55f7dc91ffb9e1ed755d88687f29a1dca87b","\\x6deb77b293797c6f5d2826b7122265afccfa5c7251c0a98ba5caaaf5aa4e16af"}');
INSERT INTO registry.ledger_checkpoints (tree_size, checkpoint, root_hash, key_id, issued_at, frontier) VALUES (15, '{
  "registry": "AssetRegistry",
  "treeSize": 15,
  "rootHash": "CbUu3ARy+xTrp0N+LtURQwaYhubf9Mp2ol3kAxgZSZU=",
  "issuedAt": "2029-12-27T01:00:00.000000Z",
  "keyId": "c2c77b564a9b9f06d981c93755c70d14bc4a3efe4b81648a642e007f4371ca4e",
  "algorithm": "ECDSA-P256-SHA256",
  "signature": "MEYCIQCCw+VLmausket9YT65TS4+8lfrmKumyUel1K/mvAoe9gIhAO3nJ+zML4p16UsB7MMQa6jXkuU8m/Rla2Yg+1lnB2YW"
}', '\x09b52edc0472fb14eba7437e2ed51143069886e6dff4ca76a25de40318194995', 'c2c77b564a9b9f06d981c93755c70d14bc4a3efe4b81648a642e007f4371ca4e', '2029-12-27 01:00:00+00', '{"\\x03c56dce2a662c3874332636f55587b19d2bd536acb69ca4a1dc96e9ed355440","\\x2d3ed295811c7fac9949b8c1521d55f7dc91ffb9e1ed755d88687f29a1dca87b","\\x6b013402ecb4ae30c5b91d5a1d230241c0f6e54c711b025bbf7267e2c09c3663","\\x7e6a698acc656c48a36ca9edb299d847659140bcc398eaec08b694629a4c85ed"}');
INSERT INTO registry.ledger_checkpoints (tree_size, checkpoint, root_hash, key_id, issued_at, frontier) VALUES (17, '{
  "registry": "AssetRegistry",
  "treeSize": 17,
  "rootHash": "f5kFvu9Yy8yoIIOCDENp4s6Nn4EKXRW975ZZRcPVN1k=",
  "issuedAt": "2030-01-26T01:00:00.000000Z",
  "keyId": "c2c77b564a9b9f06d981c93755c70d14bc4a3efe4b81648a642e007f4371ca4e",
  "algorithm": "ECDSA-P256-SHA256",
  "signature": "MEUCIQDa//ouu9cAzG9ZwQOng1/G2zKLQZURSIuCTfVlkAly0gIgP5EeFDBCIRuc4DG4qgRZTNbiMdEMNCT/bmh/qpmgWa0="
}', '\x7f9905beef58cbcca82083820c4369e2ce8d9f810a5d15bdef965945c3d53759', 'c2c77b564a9b9f06d981c93755c70d14bc4a3efe4b81648a642e007f4371ca4e', '2030-01-26 01:00:00+00', '{"\\x015c178d9e20aff2774dc89057465decd751c13f3cd075dc8063f5b9ed005512","\\x29f6493882dde662329a9837e7b4ce6154b99a4e7d4adf9b0646c41027d8171d"}');
INSERT INTO registry.ledger_checkpoints (tree_size, checkpoint, root_hash, key_id, issued_at, frontier) VALUES (19, '{
  "registry": "AssetRegistry",
  "treeSize": 19,
  "rootHash": "Vo/9+VF/wyWO6o60bcMCXeerQE5odZvK0R4znU9x/qs=",
  "issuedAt": "2030-01-26T01:00:00.000001Z",
  "keyId": "c2c77b564a9b9f06d981c93755c70d14bc4a3efe4b81648a642e007f4371ca4e",
  "algorithm": "ECDSA-P256-SHA256",
  "signature": "MEYCIQCS1ncFkCtwFiGMf1LOiWsW9k9htb7LOiM7OHkFWGEVIgIhAJGHwZwpUNKSMgVWwQGSP4jZyWl5XtAq+0KFy+Y4Rz0H"
}', '\x568ffdf9517fc3258eea8eb46dc3025de7ab404e68759bcad11e339d4f71feab', 'c2c77b564a9b9f06d981c93755c70d14bc4a3efe4b81648a642e007f4371ca4e', '2030-01-26 01:00:00.000001+00', '{"\\x015c178d9e20aff2774dc89057465decd751c13f3cd075dc8063f5b9ed005512","\\x1b85f635cd31c5a32393db3117ac5b55c5fa0b9d0eb92784a691cf71d515a30e","\\xd7e94964c6a230631b7401b993d617aa4cb07e1fb806a3d0e6fdb4082b82396c"}');
INSERT INTO registry.ledger_checkpoints (tree_size, checkpoint, root_hash, key_id, issued_at, frontier) VALUES (21, '{
  "registry": "AssetRegistry",
  "treeSize": 21,
  "rootHash": "w3Yj3J3gZxZUViGgU8l7TWDBBlgNhab/jYF1bopUwQk=",
  "issuedAt": "2030-01-26T01:00:00.000002Z",
  "keyId": "c2c77b564a9b9f06d981c93755c70d14bc4a3efe4b81648a642e007f4371ca4e",
  "algorithm": "ECDSA-P256-SHA256",
  "signature": "MEYCIQD1sBqXQYtzgTaAldfbB44IVWPCxWRvUPXTEO5JV26zAgIhANR8xSQiwB9Wg/4kozbralGbKsW0E8C6fD+G8rH7Ykqb"
}', '\xc37623dc9de06716545621a053c97b4d60c106580d85a6ff8d81756e8a54c109', 'c2c77b564a9b9f06d981c93755c70d14bc4a3efe4b81648a642e007f4371ca4e', '2030-01-26 01:00:00.000002+00', '{"\\x015c178d9e20aff2774dc89057465decd751c13f3cd075dc8063f5b9ed005512","\\xbed400267ec0f6fa18468214efa04b5f2c65d30a73d6dd30013c9fada522a3e6","\\x576be857e83d1e09f17241c4b21558b5a99313eea2bf3dafef9fa3425a71c9cb"}');
INSERT INTO registry.ledger_checkpoints (tree_size, checkpoint, root_hash, key_id, issued_at, frontier) VALUES (22, '{
  "registry": "AssetRegistry",
  "treeSize": 22,
  "rootHash": "u1oa+DHq3jqtK8rkFcmb4Owfx6fa79C0F/ttOlQ/lIA=",
  "issuedAt": "2030-01-26T01:00:00.000003Z",
  "keyId": "c2c77b564a9b9f06d981c93755c70d14bc4a3efe4b81648a642e007f4371ca4e",
  "algorithm": "ECDSA-P256-SHA256",
  "signature": "MEYCIQCCOBOyRjOxwTr8QtmSjQS9qKUOHaE4M8Ka8QHEaAUYFgIhAKCt5n+7bQulc/OVH8XSGshhIePk9OpYj3aMvN1Ks63T"
}', '\xbb5a1af831eade3aad2bcae415c99be0ec1fc7a7daefd0b417fb6d3a543f9480', 'c2c77b564a9b9f06d981c93755c70d14bc4a3efe4b81648a642e007f4371ca4e', '2030-01-26 01:00:00.000003+00', '{"\\x015c178d9e20aff2774dc89057465decd751c13f3cd075dc8063f5b9ed005512","\\xbed400267ec0f6fa18468214efa04b5f2c65d30a73d6dd30013c9fada522a3e6","\\xbbc942d6c0fa250c0ee22f38d1f43b7a39378979e6c1877d787b7784febb088d"}');
INSERT INTO registry.ledger_checkpoints (tree_size, checkpoint, root_hash, key_id, issued_at, frontier) VALUES (23, '{
  "registry": "AssetRegistry",
  "treeSize": 23,
  "rootHash": "5P5GuWD/mMxbN1pijABEWpsOb/18IftZ4egXZqo7yZg=",
  "issuedAt": "2030-02-25T01:00:00.000000Z",
  "keyId": "c2c77b564a9b9f06d981c93755c70d14bc4a3efe4b81648a642e007f4371ca4e",
  "algorithm": "ECDSA-P256-SHA256",
  "signature": "MEUCIBmaZ2Y5TZB07PSR0fX6Cyo8HzvMD3CwpzTNjHBbngssAiEAuwM6rzTc8hKm6UCzk9w2m+86EW5kyWbHcw9Mjju6B4U="
}', '\xe4fe46b960ff98cc5b375a628c00445a9b0e6ffd7c21fb59e1e81766aa3bc998', 'c2c77b564a9b9f06d981c93755c70d14bc4a3efe4b81648a642e007f4371ca4e', '2030-02-25 01:00:00+00', '{"\\x015c178d9e20aff2774dc89057465decd751c13f3cd075dc8063f5b9ed005512","\\xbed400267ec0f6fa18468214efa04b5f2c65d30a73d6dd30013c9fada522a3e6","\\xbbc942d6c0fa250c0ee22f38d1f43b7a39378979e6c1877d787b7784febb088d","\\x5ee2e0e17d252ad927faead024158737656127eae514fa08778a4fc8c11cbbea"}');
INSERT INTO registry.ledger_checkpoints (tree_size, checkpoint, root_hash, key_id, issued_at, frontier) VALUES (25, '{
  "registry": "AssetRegistry",
  "treeSize": 25,
  "rootHash": "NQn5igzj4PkY5H8MPhb2+RCEQImCZjBvhEUzyANzKSs=",
  "issuedAt": "2030-02-25T01:00:00.000001Z",
  "keyId": "c2c77b564a9b9f06d981c93755c70d14bc4a3efe4b81648a642e007f4371ca4e",
  "algorithm": "ECDSA-P256-SHA256",
  "signature": "MEQCIFOxDeTHW3VfijHdrlhqsrCjhtphSNGYZVZIro5fMUYWAiBJE+5vi32KFVqbfl0bAG3ZMfdmXIMNewFyZhwtTgK2ww=="
}', '\x3509f98a0ce3e0f918e47f0c3e16f6f9108440898266306f844533c80373292b', 'c2c77b564a9b9f06d981c93755c70d14bc4a3efe4b81648a642e007f4371ca4e', '2030-02-25 01:00:00.000001+00', '{"\\x015c178d9e20aff2774dc89057465decd751c13f3cd075dc8063f5b9ed005512","\\x0d96d9dab08e9b850d1aaaa79174296f6ac06007e1f07345d9b4b4316f32ab62","\\xee90e83f742ac36a4d80240194a58fdcc6dcbbb0a504e9c2481fdf626e5efd93"}');
INSERT INTO registry.ledger_checkpoints (tree_size, checkpoint, root_hash, key_id, issued_at, frontier) VALUES (26, '{
  "registry": "AssetRegistry",
  "treeSize": 26,
  "rootHash": "BqO8F12+jGZhyHtD926Rlwpzrx5m/s4omnViPKdmU9g=",
  "issuedAt": "2030-05-06T01:00:00.000000Z",
  "keyId": "c2c77b564a9b9f06d981c93755c70d14bc4a3efe4b81648a642e007f4371ca4e",
  "algorithm": "ECDSA-P256-SHA256",
  "signature": "MEUCIQCLB/niBsYKBhRwo9c2t4x2MkDwYIk9o0buQ/MzHACM2QIgOIGkfxYQRTnsuG4tR/KuX5dQ8oQP/gCo8ixVh39DLXU="
}', '\x06a3bc175dbe8c6661c87b43f76e91970a73af1e66fece289a75623ca76653d8', 'c2c77b564a9b9f06d981c93755c70d14bc4a3efe4b81648a642e007f4371ca4e', '2030-05-06 01:00:00+00', '{"\\x015c178d9e20aff2774dc89057465decd751c13f3cd075dc8063f5b9ed005512","\\x0d96d9dab08e9b850d1aaaa79174296f6ac06007e1f07345d9b4b4316f32ab62","\\xafbcbdcb217c13ec44c43dd12eb80a79627753e86c8062e5d64bbc6f9428b43d"}');
INSERT INTO registry.ledger_checkpoints (tree_size, checkpoint, root_hash, key_id, issued_at, frontier) VALUES (28, '{
  "registry": "AssetRegistry",
  "treeSize": 28,
  "rootHash": "tlt0oYTecBMxfdR8DPJUm5hKF12EVjwk8AkNSknWqus=",
  "issuedAt": "2030-05-06T01:00:00.000001Z",
  "keyId": "c2c77b564a9b9f06d981c93755c70d14bc4a3efe4b81648a642e007f4371ca4e",
  "algorithm": "ECDSA-P256-SHA256",
  "signature": "MEQCIGZRbJxgW5mAg0QCwXP+GaMIlJLHMpzC0UBybxVr/5ytAiB+RMQV8cDxDFOjv1wdmkC+gHGk77i/dJvFTrKRjMUltA=="
}', '\xb65b74a184de7013317dd47c0cf2549b984a175d84563c24f0090d4a49d6aaeb', 'c2c77b564a9b9f06d981c93755c70d14bc4a3efe4b81648a642e007f4371ca4e', '2030-05-06 01:00:00.000001+00', '{"\\x015c178d9e20aff2774dc89057465decd751c13f3cd075dc8063f5b9ed005512","\\x0d96d9dab08e9b850d1aaaa79174296f6ac06007e1f07345d9b4b4316f32ab62","\\xfd033f1d2c28c85844980f45d652c421ee9eaa71847112be55eeb940efc53a93"}');


--
-- Data for Name: ledger_salts; Type: TABLE DATA; Schema: registry; Owner: -
--

INSERT INTO registry.ledger_salts (certificate_number, field, salt, value) VALUES ('AR-C-000000000001', 'reviewReport', '\x82ba54eb522290e991f697419be69ec1e951b84a64f1317e4025ffa3adcb65c7', '深圳数据合规评估中心|91350100M000100Y43|SZ-REV-6358|2026-02-20|数据来源合法，内容真实');
INSERT INTO registry.ledger_salts (certificate_number, field, salt, value) VALUES ('AR-C-000000000001', 'reviewReportDocument', '\xe73712f3dee7281334d0648ba6609effcbe53a25fd0e92da3d2a6c59af9afff2', '329fed75db213718721989284d932f52232d8c590d3dc1d97929bd7046058c9c');
INSERT INTO registry.ledger_salts (certificate_number, field, salt, value) VALUES ('AR-C-000000000001', 'sampleData', '\x8ae2a92776109779acbd1866c35022473f923a9ea5fbd2b11f33c2356ef1f161', '8e7650823078b584fdb99329315174c856bb86bd7913913547c18383775167b2');
INSERT INTO registry.ledger_salts (certificate_number, field, salt, value) VALUES ('AR-C-000000000002', 'reviewReport', '\xf4a0db73b3a6cc89b1bab8268b5edf6461348d19346edaa801ef6ad915d3e29d', '深圳数据合规评估中心|91350100M000100Y43|SZ-REV-6281|2026-02-20|数据来源合法，内容真实');
INSERT INTO registry.ledger_salts (certificate_number, field, salt, value) VALUES ('AR-C-000000000002', 'reviewReportDocument', '\x74551a928be21d7a51e667b91f0bee9108de567d3986370222ff7d9b3cadad64', '49c23df9f540edc771754a50d639d6077ace8dac9694b900bab6d80c3465f716');
INSERT INTO registry.ledger_salts (certificate_number, field, salt, value) VALUES ('AR-C-000000000002', 'sampleData', '\x1453881b64263b46caa2278c4da9044777a9d0ad7c356c20f468cec5ebe719e3', 'ec78bd2a29cede91dbcdd22a8e2d7c2ec5252fc52b7c38c07b0660598fbba3ca');
INSERT INTO registry.ledger_salts (certificate_number, field, salt, value) VALUES ('AR-C-000000000005', 'reviewReport', '\x56fa0f67b238d3c1b39182f3862361dc720894151a042ac0a04e80549d819458', '深圳数据合规评估中心|91350100M000100Y43|SZ-REV-3023|2026-02-20|数据来源合法，内容真实');
INSERT INTO registry.ledger_salts (certificate_number, field, salt, value) VALUES ('AR-C-000000000005', 'reviewReportDocument', '\xb9f86bf5e96adcbdbcabddae97df9e43338f63b5e69da3a6bb1432ffc9738c20', 'a5751fbbc95d932d7b8da6415a0dae500a5802bda622bd7b4535cd56f0db90f7');
INSERT INTO registry.ledger_salts (certificate_number, field, salt, value) VALUES ('AR-C-000000000005', 'sampleData', '\xd71013179c445cf1bfe4b197b6cb2c7d0d0fc8f2af74a58d023c6e5bdd5b0c13', '469be1a49a9867581daaa902e7f50f4bd3c5c9c3504d33a007aebda91a0139a0');
INSERT INTO registry.ledger_salts (certificate_number, field, salt, value) VALUES ('AR-C-000000000011', 'reviewReport', '\xbf143bb0050582d2842ae1f897a3185cefa02adb7092fc195f58792af3276bf3', '深圳数据合规评估中心|91350100M000100Y43|SZ-REV-4320|2026-02-20|数据来源合法，内容真实');
INSERT INTO registry.ledger_salts (certificate_number, field, salt, value) VALUES ('AR-C-000000000011', 'reviewReportDocument', '\xbe14fe5d0bbf94aa73e9d308a3b4023713e9a8c27d94a0d1cf073858d7e3bebd', '13e11e08ea026dc47946028de1bf91f8bd143bf86ecc34aa4fadc899b68d1d29');
INSERT INTO registry.ledger_salts (certificate_number, field, salt, value) VALUES ('AR-C-000000000011', 'sampleData', '\x1f5d3156278154ca96f3f6adf254eb29160d4d6d42d46eb1de1f1414fb004d33', '19c89550ec632380d78e90a8c03641c9ab2969433f8e90145ce0ce0de12b631a');
INSERT INTO registry.ledger_salts (certificate_number, field, salt, value) VALUES ('AR-C-000000000012', 'basisDocument', '\x3a2b5372b66d64e337f728eeed385d4c82b5232f8d5f3ab8b94fb00f44c79d64', '52115dcd6ec8c7c70d41ed37772dc6d8576e71bc285e7563079c0cd803fb1322');
INSERT INTO registry.ledger_salts (certificate_number, field, salt, value) VALUES ('AR-C-000000000013', 'basisDocument', '\x440c5399d8ad732560e2348ef4c29e99841bde58303d2679ee171a1e1d0415b0', '7070b28e61b5b6795e44df7636620dc3999c8749feea84cff07956fe824225d3');
INSERT INTO registry.ledger_salts (certificate_number, field, salt, value) VALUES ('AR-C-000000000014', 'basisDocument', '\x925c1ae58cdb5de9c5e525f25196da55a93457dbed368000b04f955371f8f0af', '02b0cb053d85e66ef858f999a2530305aafe330b81c9fd0301e5cfc899af788b');
INSERT INTO registry.ledger_salts (certificate_number, field, salt, value) VALUES ('AR-C-000000000015', 'reviewReport', '\x8ca453d9d8ccb3ba5fbad00ff315582d46b71ffc51e8a681776736f62762be44', '深圳数据合规评估中心|91350100M000100Y43|SZ-REV-5805|2026-02-20|数据来源合法，内容真实');
INSERT INTO registry.ledger_salts (certificate_number, field, salt, value) VALUES ('AR-C-000000000015', 'reviewReportDocument', '\xa5ab63b8905dc53267c1c0b5be7ec78a7d00ecfa793069415a5f8c1cac16bda1', '62d60af5e56b0b0dee341272da4ae3751fa0f820109ad8c96f8650dfc1babdd7');
INSERT INTO registry.ledger_salts (certificate_number, field, salt, value) VALUES ('AR-C-000000000015', 'sampleData', '\xf248228e339725ca7c7faed97cffc82069d2ec6580811eb58c2cf75e2ba25bb7', '8db1757ef3907792f72cd020be4dd6241b4c276875bbb4eaf3f688bd511dd786');
INSERT INTO registry.ledger_salts (certificate_number, field, salt, value) VALUES ('AR-C-000000000017', 'reviewReport', '\x4534ade9ab77058aa6286a203e82a400137007db392b6e7c4948878b66b4f67c', '深圳数据合规评估中心|91350100M000100Y43|SZ-REV-7713|2026-02-20|数据来源合法，内容真实');
INSERT INTO registry.ledger_salts (certificate_number, field, salt, value) VALUES ('AR-C-000000000017', 'reviewReportDocument', '\x3a608a1cece5ad34a7610e1df2260df66d3a02a97db60916eedeaedd9ba092ea', '59a788c915b7613364a36d695042fb87144288e12f063b18d52c947d23a3ac77');
INSERT INTO registry.ledger_salts (certificate_number, field, salt, value) VALUES ('AR-C-000000000017', 'sampleData', '\xf725006fed75a0a79ff331d6dda826bffc96fade653650182b0571efa6933d75', 'db0472a8d746d7f5ab19f2169acf3080a24b62361821cf11b1e491148618bfb2');
INSERT INTO registry.ledger_salts (certificate_number, field, salt, value) VALUES ('AR-C-000000000023', 'basisDocument', '\xd2ab97bbeaa917bcce4e5960238289cbe03ddb5c2c15d69d5bba764bbd37fa88', '8d5a4099002fc845b5954b9bee3475da6a89557d52517ef2fc9b9b31a702e651');
INSERT INTO registry.ledger_salts (certificate_number, field, salt, value) VALUES ('AR-C-000000000025', 'reviewReport', '\x2d3ff08824d714cb4d9fe360cce96d3cf14ceea7903cca424bded4b80c954fa8', '深圳数据合规评估中心|91350100M000100Y43|SZ-REV-3415|2026-02-20|数据来源合法，内容真实');
INSERT INTO registry.ledger_salts (certificate_number, field, salt, value) VALUES ('AR-C-000000000025', 'reviewReportDocument', '\x1d210992ad367f43880f71074e52df19b1b24f8ba29764b3aefdb54c40f953ef', '28ca836d1a8121392696313d9eec4aa0a46794d2470743928a1adb7f99de91ff');
INSERT INTO registry.ledger_salts (certificate_number, field, salt, value) VALUES ('AR-C-000000000025', 'sampleData', '\x53cc32eb7e1963723bda5e0e3abf9e098fca11062fe3b20a913a3c48415e169e', '3710332257022e4bb261906b1be47ac728028af59a98c3c697ad241203adc452');
INSERT INTO registry.ledger_salts (certificate_number, field, salt, value) VALUES ('AR-C-000000000026', 'reviewReport', '\x8f27f52d130dd4d3948ffaec9ccc2201619f21ea71ef80a9df9afb8038797d12', '深圳数据合规评估中心|91350100M000100Y43|SZ-REV-6791|2026-02-20|数据来源合法，内容真实');
INSERT INTO registry.ledger_salts (certificate_number, field, salt, value) VALUES ('AR-C-000000000026', 'reviewReportDocument', '\x62c65d9bc5b70e67a8e6513cd40ce329de184803aeb6592689e16986eece92b6', 'ce719713e9078420c7679affc39ace62f206a2de667cdcc4013d9b92780025b7');
INSERT INTO registry.ledger_salts (certificate_number, field, salt, value) VALUES ('AR-C-000000000026', 'sampleData', '\x743a1dc088ff063a56819f659f43dcd08197a8fbaa7e1865247a7b558ec2d268', 'f7c813cc342b75a7efbe67c76559ee24fc26c8c46f07ccb35b2ecb2743a2a5ba');
INSERT INTO registry.ledger_salts (certificate_number, field, salt, value) VALUES ('AR-C-000000000028', 'basisDocument', '\xc833797539206e131e1c99bb72984b40448be99cdab5e7654647d75ab96616da', '13e56643b69f95f08c1347740b71436e838db996fcf32e0fc7e410d98104de5a');


--
-- Data for Name: mt_doc_application; Type: TABLE DATA; Schema: registry; Owner: -
--

INSERT INTO registry.mt_doc_application (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('01a236a1-65ce-7796-bbe0-f9322a63f431', '{"Id": "01a236a1-65ce-7796-bbe0-f9322a63f431", "Kind": "Initial", "State": "Approved", "Change": null, "Notice": {"EndsAt": "2026-03-16T16:00:00+00:00", "StartedAt": "2026-03-02T01:00:00+00:00", "SuspendedBy": [], "WorkingDays": 10, "WorkingDaysLeftWhenSuspended": null}, "Initial": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-6358", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "329fed75db213718721989284d932f52232d8c590d3dc1d97929bd7046058c9c", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": "2036-02-28", "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "8e7650823078b584fdb99329315174c856bb86bd7913913547c18383775167b2"}, "License": null, "Version": 5, "ClosedAt": "2026-04-01T01:00:00+00:00", "IsClosed": true, "Transfer": null, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "AcceptedBy": "clerk-zhao", "Correction": null, "PartyCodes": ["91440300595317001X"], "ReplyDueAt": null, "ConsentedAt": null, "SubmittedAt": "2026-03-02T01:00:00+00:00", "Cancellation": null, "Counterparty": null, "HasPublicNotice": true, "RegistrationNumber": "AR-R-2026-00000001-X"}', '2026-12-02 12:01:20.352187+00', 'AssetRegistry.Applications.Application', 5);
INSERT INTO registry.mt_doc_application (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('01a236a1-764b-70bb-86bc-8ccd0c852d4d', '{"Id": "01a236a1-764b-70bb-86bc-8ccd0c852d4d", "Kind": "Renewal", "State": "Approved", "Change": null, "Notice": null, "Initial": null, "License": null, "Version": 3, "ClosedAt": "2029-03-02T01:00:00+00:00", "IsClosed": true, "Transfer": null, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "AcceptedBy": "clerk-zhao", "Correction": null, "PartyCodes": ["91440300595317001X"], "ReplyDueAt": null, "ConsentedAt": null, "SubmittedAt": "2029-01-31T01:00:00+00:00", "Cancellation": null, "Counterparty": null, "HasPublicNotice": false, "RegistrationNumber": "AR-R-2026-00000001-X"}', '2026-12-02 12:01:21.26218+00', 'AssetRegistry.Applications.Application', 3);
INSERT INTO registry.mt_doc_application (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('01a236a1-77d1-7f82-97a3-4fe0b2000ce4', '{"Id": "01a236a1-77d1-7f82-97a3-4fe0b2000ce4", "Kind": "License", "State": "Approved", "Change": null, "Notice": null, "Initial": null, "License": {"Type": "NonExclusive", "Scope": ["城市规划"], "EndsOn": "2030-05-06", "StartsOn": "2029-04-02", "SubLicensingAllowed": false}, "Version": 4, "ClosedAt": "2029-05-01T01:00:00+00:00", "IsClosed": true, "Transfer": null, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "AcceptedBy": "clerk-zhao", "Correction": null, "PartyCodes": ["91440300595317001X", "91440300799666002P"], "ReplyDueAt": null, "ConsentedAt": "2029-04-01T01:00:00+00:00", "SubmittedAt": "2029-04-01T01:00:00+00:00", "Cancellation": null, "Counterparty": {"Name": "广州算法有限公司", "PartyCode": "91440300799666002P"}, "HasPublicNotice": false, "RegistrationNumber": "AR-R-2029-00000001-E"}', '2026-12-02 12:01:21.638722+00', 'AssetRegistry.Applications.Application', 4);
INSERT INTO registry.mt_doc_application (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('01a236a1-7d7e-716b-9c6f-53cbb71a1754', '{"Id": "01a236a1-7d7e-716b-9c6f-53cbb71a1754", "Kind": "Cancellation", "State": "Approved", "Change": null, "Notice": null, "Initial": null, "License": null, "Version": 3, "ClosedAt": "2029-12-27T01:00:00+00:00", "IsClosed": true, "Transfer": null, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "AcceptedBy": "clerk-zhao", "Correction": null, "PartyCodes": ["91440300595317001X"], "ReplyDueAt": null, "ConsentedAt": null, "SubmittedAt": "2029-11-27T01:00:00+00:00", "Cancellation": {"Ground": "Voluntary", "Reason": null, "LicenseId": null, "BasisFingerprint": null}, "Counterparty": null, "HasPublicNotice": false, "RegistrationNumber": "AR-R-2029-00000003-A"}', '2026-12-02 12:01:23.108456+00', 'AssetRegistry.Applications.Application', 3);
INSERT INTO registry.mt_doc_application (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('01a236a1-7499-73fe-a53c-ba66daf4cf3e', '{"Id": "01a236a1-7499-73fe-a53c-ba66daf4cf3e", "Kind": "Initial", "State": "Approved", "Change": null, "Notice": {"EndsAt": "2026-04-16T16:00:00+00:00", "StartedAt": "2026-04-01T01:00:00+00:00", "SuspendedBy": [], "WorkingDays": 10, "WorkingDaysLeftWhenSuspended": null}, "Initial": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-6281", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "49c23df9f540edc771754a50d639d6077ace8dac9694b900bab6d80c3465f716", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": "2026-05-11", "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "ec78bd2a29cede91dbcdd22a8e2d7c2ec5252fc52b7c38c07b0660598fbba3ca"}, "License": null, "Version": 5, "ClosedAt": "2026-05-01T01:00:00+00:00", "IsClosed": true, "Transfer": null, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "AcceptedBy": "clerk-zhao", "Correction": null, "PartyCodes": ["91440300595317001X"], "ReplyDueAt": null, "ConsentedAt": null, "SubmittedAt": "2026-04-01T01:00:00+00:00", "Cancellation": null, "Counterparty": null, "HasPublicNotice": true, "RegistrationNumber": "AR-R-2026-00000002-V"}', '2026-12-02 12:01:20.57037+00', 'AssetRegistry.Applications.Application', 5);
INSERT INTO registry.mt_doc_application (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('01a236a1-7784-722b-b6d6-ec64b60414b4', '{"Id": "01a236a1-7784-722b-b6d6-ec64b60414b4", "Kind": "Initial", "State": "Approved", "Change": null, "Notice": {"EndsAt": "2029-03-16T16:00:00+00:00", "StartedAt": "2029-03-02T01:00:00+00:00", "SuspendedBy": [], "WorkingDays": 10, "WorkingDaysLeftWhenSuspended": null}, "Initial": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-3023", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "a5751fbbc95d932d7b8da6415a0dae500a5802bda622bd7b4535cd56f0db90f7", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "469be1a49a9867581daaa902e7f50f4bd3c5c9c3504d33a007aebda91a0139a0"}, "License": null, "Version": 5, "ClosedAt": "2029-04-01T01:00:00+00:00", "IsClosed": true, "Transfer": null, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "AcceptedBy": "clerk-zhao", "Correction": null, "PartyCodes": ["91440300595317001X"], "ReplyDueAt": null, "ConsentedAt": null, "SubmittedAt": "2029-03-02T01:00:00+00:00", "Cancellation": null, "Counterparty": null, "HasPublicNotice": true, "RegistrationNumber": "AR-R-2029-00000001-E"}', '2026-12-02 12:01:21.312775+00', 'AssetRegistry.Applications.Application', 5);
INSERT INTO registry.mt_doc_application (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('01a236a1-7901-71ff-a777-8c8eeaa65201', '{"Id": "01a236a1-7901-71ff-a777-8c8eeaa65201", "Kind": "License", "State": "Approved", "Change": null, "Notice": null, "Initial": null, "License": {"Type": "NonExclusive", "Scope": ["城市规划"], "EndsOn": "2029-06-15", "StartsOn": "2029-05-02", "SubLicensingAllowed": false}, "Version": 4, "ClosedAt": "2029-05-31T01:00:00+00:00", "IsClosed": true, "Transfer": null, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "AcceptedBy": "clerk-zhao", "Correction": null, "PartyCodes": ["91440300595317001X", "91440300552148003J"], "ReplyDueAt": null, "ConsentedAt": "2029-05-01T01:00:00+00:00", "SubmittedAt": "2029-05-01T01:00:00+00:00", "Cancellation": null, "Counterparty": {"Name": "佛山短期被许可有限公司", "PartyCode": "91440300552148003J"}, "HasPublicNotice": false, "RegistrationNumber": "AR-R-2029-00000001-E"}', '2026-12-02 12:01:21.713036+00', 'AssetRegistry.Applications.Application', 4);
INSERT INTO registry.mt_doc_application (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('01a236a1-7940-733b-803f-36023f77dcaa', '{"Id": "01a236a1-7940-733b-803f-36023f77dcaa", "Kind": "License", "State": "Approved", "Change": null, "Notice": null, "Initial": null, "License": {"Type": "NonExclusive", "Scope": ["城市规划"], "EndsOn": "2030-03-27", "StartsOn": "2029-06-01", "SubLicensingAllowed": false}, "Version": 4, "ClosedAt": "2029-06-30T01:00:00+00:00", "IsClosed": true, "Transfer": null, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "AcceptedBy": "clerk-zhao", "Correction": null, "PartyCodes": ["91440300595317001X", "91440300062506004U"], "ReplyDueAt": null, "ConsentedAt": "2029-05-31T01:00:00+00:00", "SubmittedAt": "2029-05-31T01:00:00+00:00", "Cancellation": null, "Counterparty": {"Name": "东莞退出被许可有限公司", "PartyCode": "91440300062506004U"}, "HasPublicNotice": false, "RegistrationNumber": "AR-R-2029-00000001-E"}', '2026-12-02 12:01:21.878664+00', 'AssetRegistry.Applications.Application', 4);
INSERT INTO registry.mt_doc_application (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('01a236a1-79e7-7dfd-99ea-5efccd138678', '{"Id": "01a236a1-79e7-7dfd-99ea-5efccd138678", "Kind": "Cancellation", "State": "Approved", "Change": null, "Notice": null, "Initial": null, "License": null, "Version": 3, "ClosedAt": "2029-07-30T01:00:00+00:00", "IsClosed": true, "Transfer": null, "Applicant": {"Name": "东莞退出被许可有限公司", "PartyCode": "91440300062506004U"}, "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "AcceptedBy": "clerk-zhao", "Correction": null, "PartyCodes": ["91440300062506004U"], "ReplyDueAt": null, "ConsentedAt": null, "SubmittedAt": "2029-06-30T01:00:00+00:00", "Cancellation": {"Ground": "Voluntary", "Reason": null, "LicenseId": "01a236a1-7940-733b-803f-36023f77dcaa", "BasisFingerprint": null}, "Counterparty": null, "HasPublicNotice": false, "RegistrationNumber": "AR-R-2029-00000001-E"}', '2026-12-02 12:01:21.963326+00', 'AssetRegistry.Applications.Application', 3);
INSERT INTO registry.mt_doc_application (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('01a236a1-7a4e-7782-8a09-cac668cebb90', '{"Id": "01a236a1-7a4e-7782-8a09-cac668cebb90", "Kind": "Change", "State": "Approved", "Change": {"Name": null, "License": {"Scope": null, "EndsOn": "2030-12-12", "LicenseId": "01a236a1-77d1-7f82-97a3-4fe0b2000ce4", "SubLicensingAllowed": null}, "Industry": null, "DataSource": null, "HolderName": "深圳市数据集团有限公司", "ProcessingRules": null, "UpdateFrequency": "每小时", "StructureAndScale": null, "NotarisationStatus": null, "ApplicationScenarios": null}, "Notice": null, "Initial": null, "License": null, "Version": 3, "ClosedAt": "2029-08-29T01:00:00+00:00", "IsClosed": true, "Transfer": null, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "AcceptedBy": "clerk-zhao", "Correction": null, "PartyCodes": ["91440300595317001X"], "ReplyDueAt": null, "ConsentedAt": null, "SubmittedAt": "2029-07-30T01:00:00+00:00", "Cancellation": null, "Counterparty": null, "HasPublicNotice": false, "RegistrationNumber": "AR-R-2029-00000001-E"}', '2026-12-02 12:01:22.11747+00', 'AssetRegistry.Applications.Application', 3);
INSERT INTO registry.mt_doc_application (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('01a236a1-7aee-73ff-8757-69ea97c3f7e6', '{"Id": "01a236a1-7aee-73ff-8757-69ea97c3f7e6", "Kind": "Initial", "State": "Approved", "Change": null, "Notice": {"EndsAt": "2029-09-12T16:00:00+00:00", "StartedAt": "2029-08-29T01:00:00+00:00", "SuspendedBy": [], "WorkingDays": 10, "WorkingDaysLeftWhenSuspended": null}, "Initial": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-4320", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "13e11e08ea026dc47946028de1bf91f8bd143bf86ecc34aa4fadc899b68d1d29", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "19c89550ec632380d78e90a8c03641c9ab2969433f8e90145ce0ce0de12b631a"}, "License": null, "Version": 5, "ClosedAt": "2029-09-28T01:00:00+00:00", "IsClosed": true, "Transfer": null, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "AcceptedBy": "clerk-zhao", "Correction": null, "PartyCodes": ["91440300595317001X"], "ReplyDueAt": null, "ConsentedAt": null, "SubmittedAt": "2029-08-29T01:00:00+00:00", "Cancellation": null, "Counterparty": null, "HasPublicNotice": true, "RegistrationNumber": "AR-R-2029-00000002-C"}', '2026-12-02 12:01:22.187063+00', 'AssetRegistry.Applications.Application', 5);
INSERT INTO registry.mt_doc_application (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('01a236a1-7b1e-7be7-ab96-e746642a24b3', '{"Id": "01a236a1-7b1e-7be7-ab96-e746642a24b3", "Kind": "Transfer", "State": "Approved", "Change": null, "Notice": {"EndsAt": "2029-10-12T16:00:00+00:00", "StartedAt": "2029-09-28T01:00:00+00:00", "SuspendedBy": [], "WorkingDays": 10, "WorkingDaysLeftWhenSuspended": null}, "Initial": null, "License": null, "Version": 6, "ClosedAt": "2029-10-28T01:00:00+00:00", "IsClosed": true, "Transfer": {"Ground": "Trade", "NewHolder": {"Name": "北京数据交易有限公司", "PartyCode": "914403007829900057"}, "BasisFingerprint": "52115dcd6ec8c7c70d41ed37772dc6d8576e71bc285e7563079c0cd803fb1322"}, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "AcceptedBy": "clerk-zhao", "Correction": null, "PartyCodes": ["91440300595317001X", "914403007829900057"], "ReplyDueAt": null, "ConsentedAt": "2029-09-28T01:00:00+00:00", "SubmittedAt": "2029-09-28T01:00:00+00:00", "Cancellation": null, "Counterparty": {"Name": "北京数据交易有限公司", "PartyCode": "914403007829900057"}, "HasPublicNotice": true, "RegistrationNumber": "AR-R-2029-00000002-C"}', '2026-12-02 12:01:22.345234+00', 'AssetRegistry.Applications.Application', 6);
INSERT INTO registry.mt_doc_application (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('01a236a1-8a3a-7373-839e-c0a3079fa01a', '{"Id": "01a236a1-8a3a-7373-839e-c0a3079fa01a", "Kind": "Change", "State": "AwaitingApproval", "Change": {"Name": null, "License": null, "Industry": null, "DataSource": null, "HolderName": null, "ProcessingRules": null, "UpdateFrequency": "每周", "StructureAndScale": null, "NotarisationStatus": null, "ApplicationScenarios": null}, "Notice": null, "Initial": null, "License": null, "Version": 2, "ClosedAt": null, "IsClosed": false, "Transfer": null, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "AssetKind": "DataProduct", "AssetName": "城市交通出行数据集", "AcceptedBy": "clerk-zhao", "Correction": null, "PartyCodes": ["91440300595317001X"], "ReplyDueAt": "2030-05-20T16:00:00+00:00", "ConsentedAt": null, "SubmittedAt": "2030-05-06T01:00:00+00:00", "Cancellation": null, "Counterparty": null, "HasPublicNotice": false, "RegistrationNumber": "AR-P-2030-00000001-2"}', '2026-12-02 12:01:26.081342+00', 'AssetRegistry.Applications.Application', 2);
INSERT INTO registry.mt_doc_application (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('01a236a1-8a5d-7e8d-989a-ddc62e066a92', '{"Id": "01a236a1-8a5d-7e8d-989a-ddc62e066a92", "Kind": "Initial", "State": "Submitted", "Change": null, "Notice": null, "Initial": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-5041", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "6b913b99b562784c0ad2ca8c226e7da2adb30f67f3a1a68441b5732e476def3a", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "63f6a60e065bfc882f3a39754102db20083f6cb522f965cdc0a6cf306a8006d4"}, "License": null, "Version": 1, "ClosedAt": null, "IsClosed": false, "Transfer": null, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "914403002257000070"}, "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "AcceptedBy": null, "Correction": null, "PartyCodes": ["914403002257000070"], "ReplyDueAt": "2030-05-20T16:00:00+00:00", "ConsentedAt": null, "SubmittedAt": "2030-05-06T01:00:00+00:00", "Cancellation": null, "Counterparty": null, "HasPublicNotice": true, "RegistrationNumber": null}', '2026-12-02 12:01:26.12657+00', 'AssetRegistry.Applications.Application', 1);
INSERT INTO registry.mt_doc_application (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('01a236a1-7d34-79b5-bdbd-916dd7adcaec', '{"Id": "01a236a1-7d34-79b5-bdbd-916dd7adcaec", "Kind": "Initial", "State": "Approved", "Change": null, "Notice": {"EndsAt": "2029-11-09T16:00:00+00:00", "StartedAt": "2029-10-28T01:00:00+00:00", "SuspendedBy": [], "WorkingDays": 10, "WorkingDaysLeftWhenSuspended": null}, "Initial": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-5805", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "62d60af5e56b0b0dee341272da4ae3751fa0f820109ad8c96f8650dfc1babdd7", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "8db1757ef3907792f72cd020be4dd6241b4c276875bbb4eaf3f688bd511dd786"}, "License": null, "Version": 5, "ClosedAt": "2029-11-27T01:00:00+00:00", "IsClosed": true, "Transfer": null, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "AcceptedBy": "clerk-zhao", "Correction": null, "PartyCodes": ["91440300595317001X"], "ReplyDueAt": null, "ConsentedAt": null, "SubmittedAt": "2029-10-28T01:00:00+00:00", "Cancellation": null, "Counterparty": null, "HasPublicNotice": true, "RegistrationNumber": "AR-R-2029-00000003-A"}', '2026-12-02 12:01:22.789586+00', 'AssetRegistry.Applications.Application', 5);
INSERT INTO registry.mt_doc_application (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('01a236a1-7eb5-7980-b5aa-2bcc28a3d8f8', '{"Id": "01a236a1-7eb5-7980-b5aa-2bcc28a3d8f8", "Kind": "Initial", "State": "Approved", "Change": null, "Notice": {"EndsAt": "2030-01-10T16:00:00+00:00", "StartedAt": "2029-12-27T01:00:00+00:00", "SuspendedBy": [], "WorkingDays": 10, "WorkingDaysLeftWhenSuspended": null}, "Initial": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-7713", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "59a788c915b7613364a36d695042fb87144288e12f063b18d52c947d23a3ac77", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "db0472a8d746d7f5ab19f2169acf3080a24b62361821cf11b1e491148618bfb2"}, "License": null, "Version": 5, "ClosedAt": "2030-01-26T01:00:00+00:00", "IsClosed": true, "Transfer": null, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "AcceptedBy": "clerk-zhao", "Correction": null, "PartyCodes": ["91440300595317001X"], "ReplyDueAt": null, "ConsentedAt": null, "SubmittedAt": "2029-12-27T01:00:00+00:00", "Cancellation": null, "Counterparty": null, "HasPublicNotice": true, "RegistrationNumber": "AR-R-2030-00000001-9"}', '2026-12-02 12:01:23.160016+00', 'AssetRegistry.Applications.Application', 5);
INSERT INTO registry.mt_doc_application (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('01a236a1-8374-7516-ac1c-1254727739f9', '{"Id": "01a236a1-8374-7516-ac1c-1254727739f9", "Kind": "Initial", "State": "Approved", "Change": null, "Notice": {"EndsAt": "2030-02-08T16:00:00+00:00", "StartedAt": "2030-01-26T01:00:00+00:00", "SuspendedBy": [], "WorkingDays": 10, "WorkingDaysLeftWhenSuspended": null}, "Initial": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataProduct", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": ["AR-R-2026-00000001-X"], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-3415", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "28ca836d1a8121392696313d9eec4aa0a46794d2470743928a1adb7f99de91ff", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "3710332257022e4bb261906b1be47ac728028af59a98c3c697ad241203adc452"}, "License": null, "Version": 5, "ClosedAt": "2030-02-25T01:00:00+00:00", "IsClosed": true, "Transfer": null, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "AssetKind": "DataProduct", "AssetName": "城市交通出行数据集", "AcceptedBy": "clerk-zhao", "Correction": null, "PartyCodes": ["91440300595317001X"], "ReplyDueAt": null, "ConsentedAt": null, "SubmittedAt": "2030-01-26T01:00:00+00:00", "Cancellation": null, "Counterparty": null, "HasPublicNotice": true, "RegistrationNumber": "AR-P-2030-00000001-2"}', '2026-12-02 12:01:24.550878+00', 'AssetRegistry.Applications.Application', 5);
INSERT INTO registry.mt_doc_application (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('01a236a1-858e-7a6f-afd5-628f9c8f273f', '{"Id": "01a236a1-858e-7a6f-afd5-628f9c8f273f", "Kind": "Initial", "State": "Lapsed", "Change": null, "Notice": null, "Initial": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-8987", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "a813befc099f7cc1e12445ce91d02284938c5645a858ff45d9c5382b32cf9919", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "d340511eaf06640415645b133227089814c6dd258f532c2293509baeab40a318"}, "License": null, "Version": 3, "ClosedAt": "2030-03-27T01:00:00+00:00", "IsClosed": true, "Transfer": null, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "914403002257000070"}, "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "AcceptedBy": null, "Correction": {"Deadline": "2030-03-18T16:00:00+00:00", "RequestedAt": "2030-02-25T01:00:00+00:00", "RequestedBy": "clerk-zhao", "WhatToCorrect": ["补充样本数据说明"]}, "PartyCodes": ["914403002257000070"], "ReplyDueAt": null, "ConsentedAt": null, "SubmittedAt": "2030-02-25T01:00:00+00:00", "Cancellation": null, "Counterparty": null, "HasPublicNotice": true, "RegistrationNumber": null}', '2026-12-02 12:01:25.222927+00', 'AssetRegistry.Applications.Application', 3);
INSERT INTO registry.mt_doc_application (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('01a236a1-89d4-7d0e-a8f1-8b1584e465bc', '{"Id": "01a236a1-89d4-7d0e-a8f1-8b1584e465bc", "Kind": "Initial", "State": "UnderPublicNotice", "Change": null, "Notice": {"EndsAt": "2030-05-20T16:00:00+00:00", "StartedAt": "2030-05-06T01:00:00+00:00", "SuspendedBy": [], "WorkingDays": 10, "WorkingDaysLeftWhenSuspended": null}, "Initial": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-9527", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "2053c118e7250b9c2b68ec51c12862fabf7bf74e77acc9ee85f7ee78e65c2be0", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "70eb6056759451636ab4b31f9ba923b0c4857b3b2cfabef8bb1369f233c365bb"}, "License": null, "Version": 3, "ClosedAt": null, "IsClosed": false, "Transfer": null, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "914403002257000070"}, "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "AcceptedBy": "clerk-zhao", "Correction": null, "PartyCodes": ["914403002257000070"], "ReplyDueAt": null, "ConsentedAt": null, "SubmittedAt": "2030-05-06T01:00:00+00:00", "Cancellation": null, "Counterparty": null, "HasPublicNotice": true, "RegistrationNumber": null}', '2026-12-02 12:01:25.980311+00', 'AssetRegistry.Applications.Application', 3);
INSERT INTO registry.mt_doc_application (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('01a236a1-85cb-7353-988c-33fda94191cb', '{"Id": "01a236a1-85cb-7353-988c-33fda94191cb", "Kind": "Initial", "State": "Refused", "Change": null, "Notice": {"EndsAt": "2030-04-10T16:00:00+00:00", "StartedAt": "2030-02-25T01:00:00+00:00", "SuspendedBy": [], "WorkingDays": 10, "WorkingDaysLeftWhenSuspended": null}, "Initial": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-6161", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "04ba39003d39a5765e4a7593e69a1fb280fca9b8ee3c0a12dfce3c696c54d756", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "92609f9cc349a839d2648d4213fed182d8aa2537ce45dcc9f2a143bbffb22fca"}, "License": null, "Version": 7, "ClosedAt": "2030-05-06T01:00:00+00:00", "IsClosed": true, "Transfer": null, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "914403002257000070"}, "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "AcceptedBy": "clerk-zhao", "Correction": null, "PartyCodes": ["914403002257000070"], "ReplyDueAt": null, "ConsentedAt": null, "SubmittedAt": "2030-02-25T01:00:00+00:00", "Cancellation": null, "Counterparty": null, "HasPublicNotice": true, "RegistrationNumber": null}', '2026-12-02 12:01:25.421814+00', 'AssetRegistry.Applications.Application', 7);
INSERT INTO registry.mt_doc_application (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('01a236a1-87db-7f4e-9766-34be14886d74', '{"Id": "01a236a1-87db-7f4e-9766-34be14886d74", "Kind": "Initial", "State": "Rejected", "Change": null, "Notice": null, "Initial": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-3639", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "811efe1e6697e90310a597f1493dd2b74a349e05ed3b11496f515111ebbc5149", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "a180f7973625c22005a7901d532cf0a069d80b4b5913b0419400fafca8b666c5"}, "License": null, "Version": 2, "ClosedAt": "2030-05-06T01:00:00+00:00", "IsClosed": true, "Transfer": null, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "914403002257000070"}, "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "AcceptedBy": null, "Correction": null, "PartyCodes": ["914403002257000070"], "ReplyDueAt": null, "ConsentedAt": null, "SubmittedAt": "2030-05-06T01:00:00+00:00", "Cancellation": null, "Counterparty": null, "HasPublicNotice": true, "RegistrationNumber": null}', '2026-12-02 12:01:25.595875+00', 'AssetRegistry.Applications.Application', 2);
INSERT INTO registry.mt_doc_application (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('01a236a1-890c-7219-8f7c-c1ad528e62ed', '{"Id": "01a236a1-890c-7219-8f7c-c1ad528e62ed", "Kind": "Initial", "State": "Submitted", "Change": null, "Notice": null, "Initial": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-2801", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "e721475c35505287095ebeedaf2eb8a453f30b2ef0d429715b597df7c7a28561", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "f5121d951097c743366e4b4305d03b8e201496fc42228ce01840d18621a03af0"}, "License": null, "Version": 1, "ClosedAt": null, "IsClosed": false, "Transfer": null, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "914403002257000070"}, "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "AcceptedBy": null, "Correction": null, "PartyCodes": ["914403002257000070"], "ReplyDueAt": "2030-05-20T16:00:00+00:00", "ConsentedAt": null, "SubmittedAt": "2030-05-06T01:00:00+00:00", "Cancellation": null, "Counterparty": null, "HasPublicNotice": true, "RegistrationNumber": null}', '2026-12-02 12:01:25.777057+00', 'AssetRegistry.Applications.Application', 1);
INSERT INTO registry.mt_doc_application (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('01a236a1-8609-7379-9dee-b2dc6d844538', '{"Id": "01a236a1-8609-7379-9dee-b2dc6d844538", "Kind": "Initial", "State": "Approved", "Change": null, "Notice": {"EndsAt": "2030-03-11T16:00:00+00:00", "StartedAt": "2030-02-25T01:00:00+00:00", "SuspendedBy": [], "WorkingDays": 10, "WorkingDaysLeftWhenSuspended": null}, "Initial": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-6791", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "ce719713e9078420c7679affc39ace62f206a2de667cdcc4013d9b92780025b7", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": "2030-04-01", "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "f7c813cc342b75a7efbe67c76559ee24fc26c8c46f07ccb35b2ecb2743a2a5ba"}, "License": null, "Version": 5, "ClosedAt": "2030-03-27T01:00:00+00:00", "IsClosed": true, "Transfer": null, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "AcceptedBy": "clerk-zhao", "Correction": null, "PartyCodes": ["91440300595317001X"], "ReplyDueAt": null, "ConsentedAt": null, "SubmittedAt": "2030-02-25T01:00:00+00:00", "Cancellation": null, "Counterparty": null, "HasPublicNotice": true, "RegistrationNumber": "AR-R-2030-00000002-7"}', '2026-12-02 12:01:25.258745+00', 'AssetRegistry.Applications.Application', 5);
INSERT INTO registry.mt_doc_application (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('01a236a1-8896-79a9-b425-cee8a60d1128', '{"Id": "01a236a1-8896-79a9-b425-cee8a60d1128", "Kind": "Initial", "State": "Withdrawn", "Change": null, "Notice": null, "Initial": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-4354", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "a3bb8e656ac912257cece4c6f2f40402eb64777ab7185f213c2da3485394b2c4", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "fe57a7e3ad832d3ab42a3432417ad96b6c118094ec651d767e8a37c2667e1373"}, "License": null, "Version": 2, "ClosedAt": "2030-05-06T01:00:00+00:00", "IsClosed": true, "Transfer": null, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "914403002257000070"}, "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "AcceptedBy": null, "Correction": null, "PartyCodes": ["914403002257000070"], "ReplyDueAt": null, "ConsentedAt": null, "SubmittedAt": "2030-05-06T01:00:00+00:00", "Cancellation": null, "Counterparty": null, "HasPublicNotice": true, "RegistrationNumber": null}', '2026-12-02 12:01:25.712532+00', 'AssetRegistry.Applications.Application', 2);
INSERT INTO registry.mt_doc_application (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('01a236a1-892e-7a33-8237-5c66ef0c402e', '{"Id": "01a236a1-892e-7a33-8237-5c66ef0c402e", "Kind": "Initial", "State": "Submitted", "Change": null, "Notice": null, "Initial": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-9683", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "92b639d628063d1981f5a04ff7862bfc7cad224d078e61960321179abc0ea311", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日 02:00 全量更新", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "aa7866f8bc4d5f913f691fee30fbcf81619b23dcfae4cbc403c175ddd1a9384e"}, "License": null, "Version": 3, "ClosedAt": null, "IsClosed": false, "Transfer": null, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "914403002257000070"}, "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "AcceptedBy": null, "Correction": null, "PartyCodes": ["914403002257000070"], "ReplyDueAt": "2030-05-20T16:00:00+00:00", "ConsentedAt": null, "SubmittedAt": "2030-05-06T01:00:00+00:00", "Cancellation": null, "Counterparty": null, "HasPublicNotice": true, "RegistrationNumber": null}', '2026-12-02 12:01:25.906728+00', 'AssetRegistry.Applications.Application', 3);
INSERT INTO registry.mt_doc_application (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('01a236a1-89c2-7ea4-95f2-19ec31141079', '{"Id": "01a236a1-89c2-7ea4-95f2-19ec31141079", "Kind": "Initial", "State": "AwaitingCorrection", "Change": null, "Notice": null, "Initial": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-4945", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "ea685a2d87e5fc7d425f0daa2ad8ab55d3730183efc70c6a7f065ece7a293b15", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "42fd3b77cbaddb81accd5c6811df2d7d0396d225af91ed3ab52b2e93b3616bd2"}, "License": null, "Version": 2, "ClosedAt": null, "IsClosed": false, "Transfer": null, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "914403002257000070"}, "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "AcceptedBy": null, "Correction": {"Deadline": "2030-05-27T16:00:00+00:00", "RequestedAt": "2030-05-06T01:00:00+00:00", "RequestedBy": "clerk-zhao", "WhatToCorrect": ["补充数据来源证明"]}, "PartyCodes": ["914403002257000070"], "ReplyDueAt": null, "ConsentedAt": null, "SubmittedAt": "2030-05-06T01:00:00+00:00", "Cancellation": null, "Counterparty": null, "HasPublicNotice": true, "RegistrationNumber": null}', '2026-12-02 12:01:25.963705+00', 'AssetRegistry.Applications.Application', 2);
INSERT INTO registry.mt_doc_application (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('01a236a1-89e7-7b24-ad25-4726934b028b', '{"Id": "01a236a1-89e7-7b24-ad25-4726934b028b", "Kind": "Initial", "State": "NoticeSuspended", "Change": null, "Notice": {"EndsAt": "2030-05-20T16:00:00+00:00", "StartedAt": "2030-05-06T01:00:00+00:00", "SuspendedBy": ["01a236a1-89f7-7347-b79a-aaf789d65490"], "WorkingDays": 10, "WorkingDaysLeftWhenSuspended": 10}, "Initial": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-1834", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "5fab52705749bfec61e4fb9114354b9e887163f9e62f2a2a688af7169924f531", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "2ae771f7192e174c4f363a591f5a21a1f6e4032eedfd9c70c5d7a661e6079774"}, "License": null, "Version": 4, "ClosedAt": null, "IsClosed": false, "Transfer": null, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "914403002257000070"}, "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "AcceptedBy": "clerk-zhao", "Correction": null, "PartyCodes": ["914403002257000070"], "ReplyDueAt": null, "ConsentedAt": null, "SubmittedAt": "2030-05-06T01:00:00+00:00", "Cancellation": null, "Counterparty": null, "HasPublicNotice": true, "RegistrationNumber": null}', '2026-12-02 12:01:26.008272+00', 'AssetRegistry.Applications.Application', 4);
INSERT INTO registry.mt_doc_application (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('01a236a1-8a08-7b18-8e04-d4439de8ad9f', '{"Id": "01a236a1-8a08-7b18-8e04-d4439de8ad9f", "Kind": "License", "State": "AwaitingConsent", "Change": null, "Notice": null, "Initial": null, "License": {"Type": "NonExclusive", "Scope": ["城市规划"], "EndsOn": "2030-11-22", "StartsOn": "2030-05-07", "SubLicensingAllowed": false}, "Version": 1, "ClosedAt": null, "IsClosed": false, "Transfer": null, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "AcceptedBy": null, "Correction": null, "PartyCodes": ["91440300595317001X", "91440300799666002P"], "ReplyDueAt": null, "ConsentedAt": null, "SubmittedAt": "2030-05-06T01:00:00+00:00", "Cancellation": null, "Counterparty": {"Name": "广州算法有限公司", "PartyCode": "91440300799666002P"}, "HasPublicNotice": false, "RegistrationNumber": "AR-R-2026-00000001-X"}', '2026-12-02 12:01:26.027067+00', 'AssetRegistry.Applications.Application', 1);


--
-- Data for Name: mt_doc_asset; Type: TABLE DATA; Schema: registry; Owner: -
--

INSERT INTO registry.mt_doc_asset (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('AR-R-2026-00000002-V', '{"Id": "AR-R-2026-00000002-V", "Kind": "DataResource", "Name": "城市交通出行数据集", "Right": "Holding", "Holder": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "Details": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-6281", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "49c23df9f540edc771754a50d639d6077ace8dac9694b900bab6d80c3465f716", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": "2026-05-11", "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "ec78bd2a29cede91dbcdd22a8e2d7c2ec5252fc52b7c38c07b0660598fbba3ca"}, "Freezes": [], "Version": 3, "Licenses": [], "Cancelled": true, "ValidFrom": "2026-05-01T01:00:00+00:00", "ValidUntil": "2026-05-11T16:00:00+00:00", "CancelledAt": "2029-03-02T01:00:00+00:00", "RegisteredAt": "2026-05-01T01:00:00+00:00", "OpenObjections": [], "CorrectedOnObjections": []}', '2026-12-02 12:01:21.244686+00', 'AssetRegistry.Assets.Asset', 3);
INSERT INTO registry.mt_doc_asset (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('AR-R-2026-00000001-X', '{"Id": "AR-R-2026-00000001-X", "Kind": "DataResource", "Name": "城市交通出行数据集", "Right": "Holding", "Holder": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "Details": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-6358", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "329fed75db213718721989284d932f52232d8c590d3dc1d97929bd7046058c9c", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": "2036-02-28", "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "8e7650823078b584fdb99329315174c856bb86bd7913913547c18383775167b2"}, "Freezes": [{"Court": "深圳市中级人民法院", "EndsOn": "2030-01-29", "FreezeId": "01a236a1-8358-7046-aa40-6af36aeda866", "FrozenAt": "2030-01-26T01:00:00+00:00", "LiftedAt": "2030-01-29T16:00:00+00:00", "CaseNumber": "(2026)粤03执保2774号"}], "Version": 0, "Licenses": [], "Cancelled": false, "ValidFrom": "2026-04-01T01:00:00+00:00", "ValidUntil": "2032-04-01T01:00:00+00:00", "CancelledAt": null, "RegisteredAt": "2026-04-01T01:00:00+00:00", "OpenObjections": [{"Grounds": "该数据集由本公司采集，申请人无权登记", "LapsesAt": "2030-05-21T16:00:00+00:00", "ObjectionId": "01a236a1-8a10-7a58-8709-9ac3a6353e4c", "ObjectorName": "北京数据应用有限公司", "RegisteredAt": "2030-05-06T01:00:00+00:00"}], "CorrectedOnObjections": []}', '2026-12-02 12:01:26.051105+00', 'AssetRegistry.Assets.Asset', 5);
INSERT INTO registry.mt_doc_asset (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('AR-R-2029-00000002-C', '{"Id": "AR-R-2029-00000002-C", "Kind": "DataResource", "Name": "城市交通出行数据集", "Right": "Holding", "Holder": {"Name": "北京数据交易有限公司", "PartyCode": "914403007829900057"}, "Details": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-4320", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "13e11e08ea026dc47946028de1bf91f8bd143bf86ecc34aa4fadc899b68d1d29", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "19c89550ec632380d78e90a8c03641c9ab2969433f8e90145ce0ce0de12b631a"}, "Freezes": [{"Court": "深圳市中级人民法院", "EndsOn": null, "FreezeId": "01a236a1-7bc7-7504-a871-2991eb07603c", "FrozenAt": "2029-10-28T01:00:00+00:00", "LiftedAt": "2029-10-28T01:00:00+00:00", "CaseNumber": "(2026)粤03执保8731号"}], "Version": 4, "Licenses": [], "Cancelled": false, "ValidFrom": "2029-09-28T01:00:00+00:00", "ValidUntil": "2032-09-28T01:00:00+00:00", "CancelledAt": null, "RegisteredAt": "2029-09-28T01:00:00+00:00", "OpenObjections": [], "CorrectedOnObjections": []}', '2026-12-02 12:01:22.726985+00', 'AssetRegistry.Assets.Asset', 4);
INSERT INTO registry.mt_doc_asset (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('AR-R-2029-00000001-E', '{"Id": "AR-R-2029-00000001-E", "Kind": "DataResource", "Name": "城市交通出行数据集", "Right": "Holding", "Holder": {"Name": "深圳市数据集团有限公司", "PartyCode": "91440300595317001X"}, "Details": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-3023", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "a5751fbbc95d932d7b8da6415a0dae500a5802bda622bd7b4535cd56f0db90f7", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每小时", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "469be1a49a9867581daaa902e7f50f4bd3c5c9c3504d33a007aebda91a0139a0"}, "Freezes": [], "Version": 0, "Licenses": [{"Terms": {"Type": "NonExclusive", "Scope": ["城市规划"], "EndsOn": "2030-12-12", "StartsOn": "2029-04-02", "SubLicensingAllowed": false}, "EndsAt": "2030-12-12T16:00:00+00:00", "Licensee": {"Name": "广州算法有限公司", "PartyCode": "91440300799666002P"}, "StartsAt": "2029-04-01T16:00:00+00:00", "LicenseId": "01a236a1-77d1-7f82-97a3-4fe0b2000ce4", "CancelledAt": null, "RegisteredAt": "2029-05-01T01:00:00+00:00", "ApplicationId": "01a236a1-77d1-7f82-97a3-4fe0b2000ce4"}, {"Terms": {"Type": "NonExclusive", "Scope": ["城市规划"], "EndsOn": "2029-06-15", "StartsOn": "2029-05-02", "SubLicensingAllowed": false}, "EndsAt": "2029-06-15T16:00:00+00:00", "Licensee": {"Name": "佛山短期被许可有限公司", "PartyCode": "91440300552148003J"}, "StartsAt": "2029-05-01T16:00:00+00:00", "LicenseId": "01a236a1-7901-71ff-a777-8c8eeaa65201", "CancelledAt": null, "RegisteredAt": "2029-05-31T01:00:00+00:00", "ApplicationId": "01a236a1-7901-71ff-a777-8c8eeaa65201"}, {"Terms": {"Type": "NonExclusive", "Scope": ["城市规划"], "EndsOn": "2030-03-27", "StartsOn": "2029-06-01", "SubLicensingAllowed": false}, "EndsAt": "2030-03-27T16:00:00+00:00", "Licensee": {"Name": "东莞退出被许可有限公司", "PartyCode": "91440300062506004U"}, "StartsAt": "2029-05-31T16:00:00+00:00", "LicenseId": "01a236a1-7940-733b-803f-36023f77dcaa", "CancelledAt": "2029-07-30T01:00:00+00:00", "RegisteredAt": "2029-06-30T01:00:00+00:00", "ApplicationId": "01a236a1-7940-733b-803f-36023f77dcaa"}], "Cancelled": false, "ValidFrom": "2029-04-01T01:00:00+00:00", "ValidUntil": "2032-04-01T01:00:00+00:00", "CancelledAt": null, "RegisteredAt": "2029-04-01T01:00:00+00:00", "OpenObjections": [], "CorrectedOnObjections": []}', '2026-12-02 12:01:24.064094+00', 'AssetRegistry.Assets.Asset', 9);
INSERT INTO registry.mt_doc_asset (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('AR-P-2030-00000001-2', '{"Id": "AR-P-2030-00000001-2", "Kind": "DataProduct", "Name": "城市交通出行数据集", "Right": "Operating", "Holder": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "Details": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataProduct", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": ["AR-R-2026-00000001-X"], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-3415", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "28ca836d1a8121392696313d9eec4aa0a46794d2470743928a1adb7f99de91ff", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "3710332257022e4bb261906b1be47ac728028af59a98c3c697ad241203adc452"}, "Freezes": [], "Version": 1, "Licenses": [], "Cancelled": false, "ValidFrom": "2030-02-25T01:00:00+00:00", "ValidUntil": "2033-02-25T01:00:00+00:00", "CancelledAt": null, "RegisteredAt": "2030-02-25T01:00:00+00:00", "OpenObjections": [], "CorrectedOnObjections": []}', '2026-12-02 12:01:24.550878+00', 'AssetRegistry.Assets.Asset', 1);
INSERT INTO registry.mt_doc_asset (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('AR-R-2029-00000003-A', '{"Id": "AR-R-2029-00000003-A", "Kind": "DataResource", "Name": "城市交通出行数据集", "Right": "Holding", "Holder": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "Details": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-5805", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "62d60af5e56b0b0dee341272da4ae3751fa0f820109ad8c96f8650dfc1babdd7", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "8db1757ef3907792f72cd020be4dd6241b4c276875bbb4eaf3f688bd511dd786"}, "Freezes": [], "Version": 2, "Licenses": [], "Cancelled": true, "ValidFrom": "2029-11-27T01:00:00+00:00", "ValidUntil": "2032-11-27T01:00:00+00:00", "CancelledAt": "2029-12-27T01:00:00+00:00", "RegisteredAt": "2029-11-27T01:00:00+00:00", "OpenObjections": [], "CorrectedOnObjections": []}', '2026-12-02 12:01:23.108456+00', 'AssetRegistry.Assets.Asset', 2);
INSERT INTO registry.mt_doc_asset (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('AR-R-2030-00000001-9', '{"Id": "AR-R-2030-00000001-9", "Kind": "DataResource", "Name": "更正后的数据集名称", "Right": "Holding", "Holder": {"Name": "北京数据应用有限公司", "PartyCode": "914403002958340062"}, "Details": {"Name": "更正后的数据集名称", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-7713", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "59a788c915b7613364a36d695042fb87144288e12f063b18d52c947d23a3ac77", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "db0472a8d746d7f5ab19f2169acf3080a24b62361821cf11b1e491148618bfb2"}, "Freezes": [{"Court": "深圳市中级人民法院", "EndsOn": "2030-05-26", "FreezeId": "01a236a1-8a4b-7ab0-bcc7-e6a963d15c3c", "FrozenAt": "2030-05-06T01:00:00+00:00", "LiftedAt": null, "CaseNumber": "(2026)粤03执保3664号"}], "Version": 5, "Licenses": [], "Cancelled": false, "ValidFrom": "2030-01-26T01:00:00+00:00", "ValidUntil": "2033-01-26T01:00:00+00:00", "CancelledAt": null, "RegisteredAt": "2030-01-26T01:00:00+00:00", "OpenObjections": [], "CorrectedOnObjections": ["01a236a1-7eed-7a0d-8868-262e35bdb7c7"]}', '2026-12-02 12:01:26.095676+00', 'AssetRegistry.Assets.Asset', 5);
INSERT INTO registry.mt_doc_asset (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('AR-R-2030-00000002-7', '{"Id": "AR-R-2030-00000002-7", "Kind": "DataResource", "Name": "城市交通出行数据集", "Right": "Holding", "Holder": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "Details": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-6791", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "ce719713e9078420c7679affc39ace62f206a2de667cdcc4013d9b92780025b7", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": "2030-04-01", "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "f7c813cc342b75a7efbe67c76559ee24fc26c8c46f07ccb35b2ecb2743a2a5ba"}, "Freezes": [], "Version": 2, "Licenses": [], "Cancelled": false, "ValidFrom": "2030-03-27T01:00:00+00:00", "ValidUntil": "2030-04-01T16:00:00+00:00", "CancelledAt": null, "RegisteredAt": "2030-03-27T01:00:00+00:00", "OpenObjections": [], "CorrectedOnObjections": []}', '2026-12-02 12:01:25.2724+00', 'AssetRegistry.Assets.Asset', 2);


--
-- Data for Name: mt_doc_deadletterevent; Type: TABLE DATA; Schema: registry; Owner: -
--



--
-- Data for Name: mt_doc_envelope; Type: TABLE DATA; Schema: registry; Owner: -
--



--
-- Data for Name: mt_doc_idempotentoutcome; Type: TABLE DATA; Schema: registry; Owner: -
--

INSERT INTO registry.mt_doc_idempotentoutcome (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('359257D0D6B30FA2DDC54AA58682BDA3894713BA064C094D132DF68D1DC88456', '{"Id": "359257D0D6B30FA2DDC54AA58682BDA3894713BA064C094D132DF68D1DC88456", "Key": "fixture-7f94aa5e840842fb822b8337b3cb6320", "Body": {"Item": null, "Kind": "application", "Version": 1, "StreamId": "01a236a1-8a5d-7e8d-989a-ddc62e066a92"}, "UserId": "staff-1", "Version": 1, "Location": "/api/applications/01a236a1-8a5d-7e8d-989a-ddc62e066a92", "ExpiresAt": "2030-05-09T01:00:00+00:00", "PartyCode": "914403002257000070", "RecordedAt": "2030-05-06T01:00:00+00:00", "StatusCode": 201, "RequestFingerprint": "7507EB66EB24987C9B6F0D1C2CB6C0E000E991E4CD9B299D6265211DE6780588"}', '2026-12-02 12:01:26.12657+00', '01a236a1-8a6d-4fe9-ace9-e65bcf8be763', 'AssetRegistry.Infrastructure.Http.Idempotency.IdempotentOutcome');


--
-- Data for Name: mt_doc_objection; Type: TABLE DATA; Schema: registry; Owner: -
--

INSERT INTO registry.mt_doc_objection (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('01a236a1-8331-79e4-b0c0-464a1f6e46c6', '{"Id": "01a236a1-8331-79e4-b0c0-464a1f6e46c6", "State": "Refused", "IsOpen": false, "FiledAt": "2030-01-26T01:00:00+00:00", "Grounds": "该数据集由本公司采集，申请人无权登记", "Version": 2, "ClosedAt": "2030-01-26T01:00:00+00:00", "Decision": null, "Evidence": ["216fb33578970e038f96b6bda138e48996b6cfcf4421d87e6509250d1e32f2d3"], "LapsesAt": null, "Objector": {"Name": "北京数据应用有限公司", "PartyCode": "914403002958340062"}, "LawsuitProof": null, "RegisteredAt": null, "ApplicationId": null, "RegistrationNumber": "AR-R-2029-00000002-C"}', '2026-12-02 12:01:24.303287+00', 'AssetRegistry.Objections.Objection', 2);
INSERT INTO registry.mt_doc_objection (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('01a236a1-7eed-7a0d-8868-262e35bdb7c7', '{"Id": "01a236a1-7eed-7a0d-8868-262e35bdb7c7", "State": "Upheld", "IsOpen": false, "FiledAt": "2030-01-26T01:00:00+00:00", "Grounds": "该数据集由本公司采集，申请人无权登记", "Version": 3, "ClosedAt": "2030-01-26T01:00:00+00:00", "Decision": "仲裁裁决确认数据归异议人所有", "Evidence": ["9ac2c98291ca88fe464bf1c9c9dab9ad13f87ff53db5fd3b4571fcd331a7979d"], "LapsesAt": "2030-02-10T16:00:00+00:00", "Objector": {"Name": "北京数据应用有限公司", "PartyCode": "914403002958340062"}, "LawsuitProof": null, "RegisteredAt": "2030-01-26T01:00:00+00:00", "ApplicationId": null, "RegistrationNumber": "AR-R-2030-00000001-9"}', '2026-12-02 12:01:23.595719+00', 'AssetRegistry.Objections.Objection', 3);
INSERT INTO registry.mt_doc_objection (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('01a236a1-810c-7a2c-9238-83769bce3534', '{"Id": "01a236a1-810c-7a2c-9238-83769bce3534", "State": "Dismissed", "IsOpen": false, "FiledAt": "2030-01-26T01:00:00+00:00", "Grounds": "该数据集由本公司采集，申请人无权登记", "Version": 4, "ClosedAt": "2030-01-26T01:00:00+00:00", "Decision": null, "Evidence": ["95d2253f0ec0cf767977d65e451775ba556640615aa7658d5d7e7e2b7277f33a"], "LapsesAt": "2030-02-10T16:00:00+00:00", "Objector": {"Name": "北京数据应用有限公司", "PartyCode": "914403002958340062"}, "LawsuitProof": "5cd076834597cd35695d69324a2e87d774c152eaaf17d3a1050af7bacc80d3d6", "RegisteredAt": "2030-01-26T01:00:00+00:00", "ApplicationId": null, "RegistrationNumber": "AR-R-2029-00000001-E"}', '2026-12-02 12:01:24.064094+00', 'AssetRegistry.Objections.Objection', 4);
INSERT INTO registry.mt_doc_objection (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('01a236a1-826f-7781-a051-52ed5a4b2fe8', '{"Id": "01a236a1-826f-7781-a051-52ed5a4b2fe8", "State": "Withdrawn", "IsOpen": false, "FiledAt": "2030-01-26T01:00:00+00:00", "Grounds": "该数据集由本公司采集，申请人无权登记", "Version": 2, "ClosedAt": "2030-01-26T01:00:00+00:00", "Decision": null, "Evidence": ["241c8be724773eaf57285207e0e56327a0602af8fc5d0f88e55b2e3338beee7b"], "LapsesAt": null, "Objector": {"Name": "北京数据应用有限公司", "PartyCode": "914403002958340062"}, "LawsuitProof": null, "RegisteredAt": null, "ApplicationId": null, "RegistrationNumber": "AR-R-2029-00000002-C"}', '2026-12-02 12:01:24.259462+00', 'AssetRegistry.Objections.Objection', 2);
INSERT INTO registry.mt_doc_objection (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('01a236a1-85e0-7c40-a0d6-263e652165ad', '{"Id": "01a236a1-85e0-7c40-a0d6-263e652165ad", "State": "Lapsed", "IsOpen": false, "FiledAt": "2030-02-25T01:00:00+00:00", "Grounds": "该数据集由本公司采集，申请人无权登记", "Version": 3, "ClosedAt": "2030-03-27T01:00:00+00:00", "Decision": null, "Evidence": ["e6460a4f297058726bfb7164fb0b628df483ffa83a0eb9801fedf94071ba10f7"], "LapsesAt": "2030-03-12T16:00:00+00:00", "Objector": {"Name": "北京数据应用有限公司", "PartyCode": "914403002958340062"}, "LawsuitProof": null, "RegisteredAt": "2030-02-25T01:00:00+00:00", "ApplicationId": "01a236a1-85cb-7353-988c-33fda94191cb", "RegistrationNumber": null}', '2026-12-02 12:01:25.148054+00', 'AssetRegistry.Objections.Objection', 3);
INSERT INTO registry.mt_doc_objection (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('01a236a1-89f7-7347-b79a-aaf789d65490', '{"Id": "01a236a1-89f7-7347-b79a-aaf789d65490", "State": "Registered", "IsOpen": true, "FiledAt": "2030-05-06T01:00:00+00:00", "Grounds": "该数据集由本公司采集，申请人无权登记", "Version": 2, "ClosedAt": null, "Decision": null, "Evidence": ["bca25d0525ffca4ab9aa28a259a55561b13b0e6d28a71b45865764c44eeaa5af"], "LapsesAt": "2030-05-21T16:00:00+00:00", "Objector": {"Name": "北京数据应用有限公司", "PartyCode": "914403002958340062"}, "LawsuitProof": null, "RegisteredAt": "2030-05-06T01:00:00+00:00", "ApplicationId": "01a236a1-89e7-7b24-ad25-4726934b028b", "RegistrationNumber": null}', '2026-12-02 12:01:26.020707+00', 'AssetRegistry.Objections.Objection', 2);
INSERT INTO registry.mt_doc_objection (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('01a236a1-8a10-7a58-8709-9ac3a6353e4c', '{"Id": "01a236a1-8a10-7a58-8709-9ac3a6353e4c", "State": "Registered", "IsOpen": true, "FiledAt": "2030-05-06T01:00:00+00:00", "Grounds": "该数据集由本公司采集，申请人无权登记", "Version": 2, "ClosedAt": null, "Decision": null, "Evidence": ["34386ec11f6d540f9c267fbf7a7253ab1b92eb3e86cc015215e56f00b62a66d4"], "LapsesAt": "2030-05-21T16:00:00+00:00", "Objector": {"Name": "北京数据应用有限公司", "PartyCode": "914403002958340062"}, "LawsuitProof": null, "RegisteredAt": "2030-05-06T01:00:00+00:00", "ApplicationId": null, "RegistrationNumber": "AR-R-2026-00000001-X"}', '2026-12-02 12:01:26.051105+00', 'AssetRegistry.Objections.Objection', 2);
INSERT INTO registry.mt_doc_objection (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('01a236a1-8a31-709b-8a5d-8cdd1e7c741b', '{"Id": "01a236a1-8a31-709b-8a5d-8cdd1e7c741b", "State": "Filed", "IsOpen": true, "FiledAt": "2030-05-06T01:00:00+00:00", "Grounds": "该数据集由本公司采集，申请人无权登记", "Version": 1, "ClosedAt": null, "Decision": null, "Evidence": ["3f0e8a2ee6bd60b14bd3f51afc72b9519cf12d614a2fc623c7043bb2a41b6d07"], "LapsesAt": null, "Objector": {"Name": "北京数据应用有限公司", "PartyCode": "914403002958340062"}, "LawsuitProof": null, "RegisteredAt": null, "ApplicationId": null, "RegistrationNumber": "AR-R-2029-00000002-C"}', '2026-12-02 12:01:26.068954+00', 'AssetRegistry.Objections.Objection', 1);


--
-- Data for Name: mt_doc_party; Type: TABLE DATA; Schema: registry; Owner: -
--

INSERT INTO registry.mt_doc_party (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('91440300730221008Q', '{"Id": "91440300730221008Q", "Kind": "Organisation", "Name": "深圳市改名后有限公司", "Version": 2, "Identity": {"Key": "UnifiedSocialCreditCode:CN:91440300730221008Q", "Kind": "Organisation", "Type": "UnifiedSocialCreditCode", "Shown": "91440300730221008Q", "Number": "91440300730221008Q", "IssuingCountry": "CN"}, "RecordedAt": "2030-02-25T01:00:00+00:00", "IdentityKey": "UnifiedSocialCreditCode:CN:91440300730221008Q"}', '2026-12-02 12:01:24.847876+00', 'AssetRegistry.Parties.Party', 2);
INSERT INTO registry.mt_doc_party (id, data, mt_last_modified, mt_dotnet_type, mt_version) VALUES ('P-1866347E309F22B70D55', '{"Id": "P-1866347E309F22B70D55", "Kind": "NaturalPerson", "Name": "John Smith", "Version": 1, "Identity": {"Key": "Passport:GB:P71777981", "Kind": "NaturalPerson", "Type": "Passport", "Shown": "P71777981", "Number": "P71777981", "IssuingCountry": "GB"}, "RecordedAt": "2030-02-25T01:00:00+00:00", "IdentityKey": "Passport:GB:P71777981"}', '2026-12-02 12:01:24.864+00', 'AssetRegistry.Parties.Party', 1);


--
-- Data for Name: mt_doc_partyright; Type: TABLE DATA; Schema: registry; Owner: -
--

INSERT INTO registry.mt_doc_partyright (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('AR-R-2026-00000001-X/title', '{"Id": "AR-R-2026-00000001-X/title", "Right": "Holding", "Since": "2026-04-01T01:00:00+00:00", "EndsAt": null, "LicenseId": null, "PartyCode": "91440300595317001X", "RegistrationNumber": "AR-R-2026-00000001-X"}', '2026-12-02 12:01:20.352187+00', '01a236a1-7483-4719-9083-a3d29db01c3b', 'AssetRegistry.Portfolios.PartyRight');
INSERT INTO registry.mt_doc_partyright (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('AR-R-2026-00000002-V/title', '{"Id": "AR-R-2026-00000002-V/title", "Right": "Holding", "Since": "2026-05-01T01:00:00+00:00", "EndsAt": null, "LicenseId": null, "PartyCode": "91440300595317001X", "RegistrationNumber": "AR-R-2026-00000002-V"}', '2026-12-02 12:01:20.57037+00', '01a236a1-74bf-4801-9a53-013b9e37d336', 'AssetRegistry.Portfolios.PartyRight');
INSERT INTO registry.mt_doc_partyright (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('AR-R-2029-00000001-E/title', '{"Id": "AR-R-2029-00000001-E/title", "Right": "Holding", "Since": "2029-04-01T01:00:00+00:00", "EndsAt": null, "LicenseId": null, "PartyCode": "91440300595317001X", "RegistrationNumber": "AR-R-2029-00000001-E"}', '2026-12-02 12:01:21.312775+00', '01a236a1-77b4-4f92-8b6d-35ef5a2bbd66', 'AssetRegistry.Portfolios.PartyRight');
INSERT INTO registry.mt_doc_partyright (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('AR-R-2029-00000001-E/license/01a236a1-7901-71ff-a777-8c8eeaa65201', '{"Id": "AR-R-2029-00000001-E/license/01a236a1-7901-71ff-a777-8c8eeaa65201", "Right": "ProcessingUse", "Since": "2029-05-31T01:00:00+00:00", "EndsAt": "2029-06-15T16:00:00+00:00", "LicenseId": "01a236a1-7901-71ff-a777-8c8eeaa65201", "PartyCode": "91440300552148003J", "RegistrationNumber": "AR-R-2029-00000001-E"}', '2026-12-02 12:01:21.713036+00', '01a236a1-7938-41c2-868e-9a34744d2f03', 'AssetRegistry.Portfolios.PartyRight');
INSERT INTO registry.mt_doc_partyright (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('AR-R-2029-00000001-E/license/01a236a1-77d1-7f82-97a3-4fe0b2000ce4', '{"Id": "AR-R-2029-00000001-E/license/01a236a1-77d1-7f82-97a3-4fe0b2000ce4", "Right": "ProcessingUse", "Since": "2029-05-01T01:00:00+00:00", "EndsAt": "2030-12-12T16:00:00+00:00", "LicenseId": "01a236a1-77d1-7f82-97a3-4fe0b2000ce4", "PartyCode": "91440300799666002P", "RegistrationNumber": "AR-R-2029-00000001-E"}', '2026-12-02 12:01:22.11747+00', '01a236a1-7ae3-4d55-bfa8-015cbb01f9a2', 'AssetRegistry.Portfolios.PartyRight');
INSERT INTO registry.mt_doc_partyright (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('AR-R-2029-00000002-C/title', '{"Id": "AR-R-2029-00000002-C/title", "Right": "Holding", "Since": "2029-10-28T01:00:00+00:00", "EndsAt": null, "LicenseId": null, "PartyCode": "914403007829900057", "RegistrationNumber": "AR-R-2029-00000002-C"}', '2026-12-02 12:01:22.345234+00', '01a236a1-7bb2-4e64-aab4-e739b0b29a68', 'AssetRegistry.Portfolios.PartyRight');
INSERT INTO registry.mt_doc_partyright (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('AR-R-2029-00000003-A/title', '{"Id": "AR-R-2029-00000003-A/title", "Right": "Holding", "Since": "2029-11-27T01:00:00+00:00", "EndsAt": null, "LicenseId": null, "PartyCode": "91440300595317001X", "RegistrationNumber": "AR-R-2029-00000003-A"}', '2026-12-02 12:01:22.789586+00', '01a236a1-7d69-42de-9744-a5368d44be2b', 'AssetRegistry.Portfolios.PartyRight');
INSERT INTO registry.mt_doc_partyright (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('AR-R-2030-00000001-9/title', '{"Id": "AR-R-2030-00000001-9/title", "Right": "Holding", "Since": "2030-01-26T01:00:00+00:00", "EndsAt": null, "LicenseId": null, "PartyCode": "914403002958340062", "RegistrationNumber": "AR-R-2030-00000001-9"}', '2026-12-02 12:01:23.704209+00', '01a236a1-80f7-4b7b-9903-cdd8742a41d5', 'AssetRegistry.Portfolios.PartyRight');
INSERT INTO registry.mt_doc_partyright (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('AR-P-2030-00000001-2/title', '{"Id": "AR-P-2030-00000001-2/title", "Right": "Operating", "Since": "2030-02-25T01:00:00+00:00", "EndsAt": null, "LicenseId": null, "PartyCode": "91440300595317001X", "RegistrationNumber": "AR-P-2030-00000001-2"}', '2026-12-02 12:01:24.550878+00', '01a236a1-845c-4834-9f98-3c111adc304b', 'AssetRegistry.Portfolios.PartyRight');
INSERT INTO registry.mt_doc_partyright (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('AR-R-2030-00000002-7/title', '{"Id": "AR-R-2030-00000002-7/title", "Right": "Holding", "Since": "2030-03-27T01:00:00+00:00", "EndsAt": null, "LicenseId": null, "PartyCode": "91440300595317001X", "RegistrationNumber": "AR-R-2030-00000002-7"}', '2026-12-02 12:01:25.258745+00', '01a236a1-870d-498f-bd64-1cb8fe682435', 'AssetRegistry.Portfolios.PartyRight');


--
-- Data for Name: mt_doc_publicregisterentry; Type: TABLE DATA; Schema: registry; Owner: -
--

INSERT INTO registry.mt_doc_publicregisterentry (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('5dc2ad47-2bf8-4488-8560-0d38f2b82395', '{"Id": "5dc2ad47-2bf8-4488-8560-0d38f2b82395", "Kind": "Initial", "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "HolderCode": "91440300595317001X", "HolderName": "深圳市数据科技有限公司", "RecordedAt": "2026-04-01T01:00:00+00:00", "ChangedFields": null, "CounterpartyCode": null, "CounterpartyName": null, "CounterpartyRole": null, "RegistrationNumber": "AR-R-2026-00000001-X"}', '2026-12-02 12:01:20.352187+00', '01a236a1-7481-4360-8381-827dfcc68692', 'AssetRegistry.Register.PublicRegisterEntry');
INSERT INTO registry.mt_doc_publicregisterentry (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('c1498d54-2b11-403d-ae58-588d309d8cb3', '{"Id": "c1498d54-2b11-403d-ae58-588d309d8cb3", "Kind": "Initial", "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "HolderCode": "91440300595317001X", "HolderName": "深圳市数据科技有限公司", "RecordedAt": "2026-05-01T01:00:00+00:00", "ChangedFields": null, "CounterpartyCode": null, "CounterpartyName": null, "CounterpartyRole": null, "RegistrationNumber": "AR-R-2026-00000002-V"}', '2026-12-02 12:01:20.57037+00', '01a236a1-74bf-4931-b46c-8534fded921e', 'AssetRegistry.Register.PublicRegisterEntry');
INSERT INTO registry.mt_doc_publicregisterentry (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('dd8ff82e-f0f5-477b-a2ad-fcae6de17917', '{"Id": "dd8ff82e-f0f5-477b-a2ad-fcae6de17917", "Kind": "Cancellation", "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "HolderCode": "91440300595317001X", "HolderName": "深圳市数据科技有限公司", "RecordedAt": "2029-03-02T01:00:00+00:00", "ChangedFields": null, "CounterpartyCode": null, "CounterpartyName": null, "CounterpartyRole": null, "RegistrationNumber": "AR-R-2026-00000002-V"}', '2026-12-02 12:01:21.244686+00', '01a236a1-7756-43df-88b7-b2ffbd7e51aa', 'AssetRegistry.Register.PublicRegisterEntry');
INSERT INTO registry.mt_doc_publicregisterentry (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('f5c9eee4-8675-446e-95c6-5e1236a92f82', '{"Id": "f5c9eee4-8675-446e-95c6-5e1236a92f82", "Kind": "Renewal", "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "HolderCode": "91440300595317001X", "HolderName": "深圳市数据科技有限公司", "RecordedAt": "2029-03-02T01:00:00+00:00", "ChangedFields": null, "CounterpartyCode": null, "CounterpartyName": null, "CounterpartyRole": null, "RegistrationNumber": "AR-R-2026-00000001-X"}', '2026-12-02 12:01:21.26218+00', '01a236a1-7777-4c3f-a7aa-49e1b0165e91', 'AssetRegistry.Register.PublicRegisterEntry');
INSERT INTO registry.mt_doc_publicregisterentry (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('bb117592-eba0-459c-9152-9ce2357e548b', '{"Id": "bb117592-eba0-459c-9152-9ce2357e548b", "Kind": "Initial", "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "HolderCode": "91440300595317001X", "HolderName": "深圳市数据科技有限公司", "RecordedAt": "2029-04-01T01:00:00+00:00", "ChangedFields": null, "CounterpartyCode": null, "CounterpartyName": null, "CounterpartyRole": null, "RegistrationNumber": "AR-R-2029-00000001-E"}', '2026-12-02 12:01:21.312775+00', '01a236a1-77b4-40aa-b90a-25d192bf1bac', 'AssetRegistry.Register.PublicRegisterEntry');
INSERT INTO registry.mt_doc_publicregisterentry (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('4d47d1bc-280e-4970-a1e2-79bc29ecae06', '{"Id": "4d47d1bc-280e-4970-a1e2-79bc29ecae06", "Kind": "License", "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "HolderCode": "91440300595317001X", "HolderName": "深圳市数据科技有限公司", "RecordedAt": "2029-05-01T01:00:00+00:00", "ChangedFields": null, "CounterpartyCode": "91440300799666002P", "CounterpartyName": "广州算法有限公司", "CounterpartyRole": "Licensee", "RegistrationNumber": "AR-R-2029-00000001-E"}', '2026-12-02 12:01:21.638722+00', '01a236a1-78f6-4e69-95db-6d1d0b3e0022', 'AssetRegistry.Register.PublicRegisterEntry');
INSERT INTO registry.mt_doc_publicregisterentry (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('d08e8e5e-8bd0-4c3d-a8ff-22664ae0c500', '{"Id": "d08e8e5e-8bd0-4c3d-a8ff-22664ae0c500", "Kind": "License", "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "HolderCode": "91440300595317001X", "HolderName": "深圳市数据科技有限公司", "RecordedAt": "2029-05-31T01:00:00+00:00", "ChangedFields": null, "CounterpartyCode": "91440300552148003J", "CounterpartyName": "佛山短期被许可有限公司", "CounterpartyRole": "Licensee", "RegistrationNumber": "AR-R-2029-00000001-E"}', '2026-12-02 12:01:21.713036+00', '01a236a1-7938-4d61-bc89-fbfa45fa3ea3', 'AssetRegistry.Register.PublicRegisterEntry');
INSERT INTO registry.mt_doc_publicregisterentry (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('63c59bd3-c9f2-453f-8b7f-dd90f77e95b0', '{"Id": "63c59bd3-c9f2-453f-8b7f-dd90f77e95b0", "Kind": "License", "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "HolderCode": "91440300595317001X", "HolderName": "深圳市数据科技有限公司", "RecordedAt": "2029-06-30T01:00:00+00:00", "ChangedFields": null, "CounterpartyCode": "91440300062506004U", "CounterpartyName": "东莞退出被许可有限公司", "CounterpartyRole": "Licensee", "RegistrationNumber": "AR-R-2029-00000001-E"}', '2026-12-02 12:01:21.878664+00', '01a236a1-79dd-4615-b293-0f6d889de911', 'AssetRegistry.Register.PublicRegisterEntry');
INSERT INTO registry.mt_doc_publicregisterentry (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('c6be99bf-97c6-4c79-8338-2bb8d220ab08', '{"Id": "c6be99bf-97c6-4c79-8338-2bb8d220ab08", "Kind": "LicenseCancellation", "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "HolderCode": "91440300595317001X", "HolderName": "深圳市数据科技有限公司", "RecordedAt": "2029-07-30T01:00:00+00:00", "ChangedFields": null, "CounterpartyCode": "91440300062506004U", "CounterpartyName": "东莞退出被许可有限公司", "CounterpartyRole": "Licensee", "RegistrationNumber": "AR-R-2029-00000001-E"}', '2026-12-02 12:01:21.963326+00', '01a236a1-7a33-4551-bb8f-3cfd2b67e9b9', 'AssetRegistry.Register.PublicRegisterEntry');
INSERT INTO registry.mt_doc_publicregisterentry (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('930471ea-7332-422d-9df6-acd9c4eaa08a', '{"Id": "930471ea-7332-422d-9df6-acd9c4eaa08a", "Kind": "Change", "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "HolderCode": "91440300595317001X", "HolderName": "深圳市数据集团有限公司", "RecordedAt": "2029-08-29T01:00:00+00:00", "ChangedFields": ["updateFrequency", "holderName", "license[01a236a1-77d1-7f82-97a3-4fe0b2000ce4].endsOn"], "CounterpartyCode": "91440300799666002P", "CounterpartyName": "广州算法有限公司", "CounterpartyRole": "Licensee", "RegistrationNumber": "AR-R-2029-00000001-E"}', '2026-12-02 12:01:22.11747+00', '01a236a1-7ae3-4e17-adeb-fb420c59d6b4', 'AssetRegistry.Register.PublicRegisterEntry');
INSERT INTO registry.mt_doc_publicregisterentry (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('33049613-f317-40bc-addb-e7257c551fed', '{"Id": "33049613-f317-40bc-addb-e7257c551fed", "Kind": "Initial", "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "HolderCode": "91440300595317001X", "HolderName": "深圳市数据科技有限公司", "RecordedAt": "2029-09-28T01:00:00+00:00", "ChangedFields": null, "CounterpartyCode": null, "CounterpartyName": null, "CounterpartyRole": null, "RegistrationNumber": "AR-R-2029-00000002-C"}', '2026-12-02 12:01:22.187063+00', '01a236a1-7b0d-4b2c-b9b8-97fd0479918c', 'AssetRegistry.Register.PublicRegisterEntry');
INSERT INTO registry.mt_doc_publicregisterentry (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('94c61d90-92f6-499a-b82f-999abede4113', '{"Id": "94c61d90-92f6-499a-b82f-999abede4113", "Kind": "Transfer", "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "HolderCode": "914403007829900057", "HolderName": "北京数据交易有限公司", "RecordedAt": "2029-10-28T01:00:00+00:00", "ChangedFields": null, "CounterpartyCode": "91440300595317001X", "CounterpartyName": "深圳市数据科技有限公司", "CounterpartyRole": "PreviousHolder", "RegistrationNumber": "AR-R-2029-00000002-C"}', '2026-12-02 12:01:22.345234+00', '01a236a1-7bb2-4b4f-aed8-99d0038c7cb2', 'AssetRegistry.Register.PublicRegisterEntry');
INSERT INTO registry.mt_doc_publicregisterentry (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('ced543d0-e474-46b2-9a84-062664195b9d', '{"Id": "ced543d0-e474-46b2-9a84-062664195b9d", "Kind": "Freeze", "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "HolderCode": "914403007829900057", "HolderName": "北京数据交易有限公司", "RecordedAt": "2029-10-28T01:00:00+00:00", "ChangedFields": null, "CounterpartyCode": null, "CounterpartyName": "深圳市中级人民法院", "CounterpartyRole": "Court", "RegistrationNumber": "AR-R-2029-00000002-C"}', '2026-12-02 12:01:22.483921+00', '01a236a1-7c32-4589-a723-4229131d26a4', 'AssetRegistry.Register.PublicRegisterEntry');
INSERT INTO registry.mt_doc_publicregisterentry (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('9771f94b-f360-46de-b67f-b7d374611ea9', '{"Id": "9771f94b-f360-46de-b67f-b7d374611ea9", "Kind": "FreezeRelease", "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "HolderCode": "914403007829900057", "HolderName": "北京数据交易有限公司", "RecordedAt": "2029-10-28T01:00:00+00:00", "ChangedFields": null, "CounterpartyCode": null, "CounterpartyName": "深圳市中级人民法院", "CounterpartyRole": "Court", "RegistrationNumber": "AR-R-2029-00000002-C"}', '2026-12-02 12:01:22.726985+00', '01a236a1-7d25-4c7e-8e7e-93178c47c08c', 'AssetRegistry.Register.PublicRegisterEntry');
INSERT INTO registry.mt_doc_publicregisterentry (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('170e1c4e-ac2a-43ab-9daf-fab7192d5be7', '{"Id": "170e1c4e-ac2a-43ab-9daf-fab7192d5be7", "Kind": "Initial", "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "HolderCode": "91440300595317001X", "HolderName": "深圳市数据科技有限公司", "RecordedAt": "2029-11-27T01:00:00+00:00", "ChangedFields": null, "CounterpartyCode": null, "CounterpartyName": null, "CounterpartyRole": null, "RegistrationNumber": "AR-R-2029-00000003-A"}', '2026-12-02 12:01:22.789586+00', '01a236a1-7d69-48ee-8ecd-028c41c3a691', 'AssetRegistry.Register.PublicRegisterEntry');
INSERT INTO registry.mt_doc_publicregisterentry (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('510501aa-ea3a-41d0-99b1-fa459b1c185e', '{"Id": "510501aa-ea3a-41d0-99b1-fa459b1c185e", "Kind": "ObjectionRegistered", "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "HolderCode": "91440300595317001X", "HolderName": "深圳市数据科技有限公司", "RecordedAt": "2030-01-26T01:00:00+00:00", "ChangedFields": null, "CounterpartyCode": "914403002958340062", "CounterpartyName": "北京数据应用有限公司", "CounterpartyRole": "Objector", "RegistrationNumber": "AR-R-2030-00000001-9"}', '2026-12-02 12:01:23.443568+00', '01a236a1-7ff2-4ace-9b41-9faab15e787d', 'AssetRegistry.Register.PublicRegisterEntry');
INSERT INTO registry.mt_doc_publicregisterentry (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('b3136ebc-cc50-4ae7-8bf3-17d2d048329c', '{"Id": "b3136ebc-cc50-4ae7-8bf3-17d2d048329c", "Kind": "ObjectionResolved", "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "HolderCode": "91440300595317001X", "HolderName": "深圳市数据科技有限公司", "RecordedAt": "2030-01-26T01:00:00+00:00", "ChangedFields": null, "CounterpartyCode": null, "CounterpartyName": "北京数据应用有限公司", "CounterpartyRole": "Objector", "RegistrationNumber": "AR-R-2030-00000001-9"}', '2026-12-02 12:01:23.595719+00', '01a236a1-808a-490f-b015-ce801ebe735e', 'AssetRegistry.Register.PublicRegisterEntry');
INSERT INTO registry.mt_doc_publicregisterentry (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('ea646c2b-7d36-4d70-8c3f-305080c28e9b', '{"Id": "ea646c2b-7d36-4d70-8c3f-305080c28e9b", "Kind": "Correction", "AssetKind": "DataResource", "AssetName": "更正后的数据集名称", "HolderCode": "914403002958340062", "HolderName": "北京数据应用有限公司", "RecordedAt": "2030-01-26T01:00:00+00:00", "ChangedFields": ["name", "holder"], "CounterpartyCode": "91440300595317001X", "CounterpartyName": "深圳市数据科技有限公司", "CounterpartyRole": "PreviousHolder", "RegistrationNumber": "AR-R-2030-00000001-9"}', '2026-12-02 12:01:23.704209+00', '01a236a1-80f7-4312-b1c0-8102d3bf121e', 'AssetRegistry.Register.PublicRegisterEntry');
INSERT INTO registry.mt_doc_publicregisterentry (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('cbb54494-cb04-46c4-b43d-74cf8cc2c292', '{"Id": "cbb54494-cb04-46c4-b43d-74cf8cc2c292", "Kind": "Freeze", "AssetKind": "DataResource", "AssetName": "更正后的数据集名称", "HolderCode": "914403002958340062", "HolderName": "北京数据应用有限公司", "RecordedAt": "2030-05-06T01:00:00+00:00", "ChangedFields": null, "CounterpartyCode": null, "CounterpartyName": "深圳市中级人民法院", "CounterpartyRole": "Court", "RegistrationNumber": "AR-R-2030-00000001-9"}', '2026-12-02 12:01:26.095676+00', '01a236a1-8a4f-43bb-996d-932bd4302a20', 'AssetRegistry.Register.PublicRegisterEntry');
INSERT INTO registry.mt_doc_publicregisterentry (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('f1430371-2a8e-45a1-9f80-f124fe973408', '{"Id": "f1430371-2a8e-45a1-9f80-f124fe973408", "Kind": "Cancellation", "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "HolderCode": "91440300595317001X", "HolderName": "深圳市数据科技有限公司", "RecordedAt": "2029-12-27T01:00:00+00:00", "ChangedFields": null, "CounterpartyCode": null, "CounterpartyName": null, "CounterpartyRole": null, "RegistrationNumber": "AR-R-2029-00000003-A"}', '2026-12-02 12:01:23.108456+00', '01a236a1-7eaa-4d90-b282-17a1728f4c26', 'AssetRegistry.Register.PublicRegisterEntry');
INSERT INTO registry.mt_doc_publicregisterentry (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('82f56992-8035-40b6-acc2-6de41a8d9cd9', '{"Id": "82f56992-8035-40b6-acc2-6de41a8d9cd9", "Kind": "Freeze", "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "HolderCode": "91440300595317001X", "HolderName": "深圳市数据科技有限公司", "RecordedAt": "2030-01-26T01:00:00+00:00", "ChangedFields": null, "CounterpartyCode": null, "CounterpartyName": "深圳市中级人民法院", "CounterpartyRole": "Court", "RegistrationNumber": "AR-R-2026-00000001-X"}', '2026-12-02 12:01:24.330201+00', '01a236a1-8366-447f-b6cb-71ffd40444c5', 'AssetRegistry.Register.PublicRegisterEntry');
INSERT INTO registry.mt_doc_publicregisterentry (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('605ebe3b-8152-4852-82f0-ffe4943504d2', '{"Id": "605ebe3b-8152-4852-82f0-ffe4943504d2", "Kind": "FreezeRelease", "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "HolderCode": "91440300595317001X", "HolderName": "深圳市数据科技有限公司", "RecordedAt": "2030-02-25T01:00:00+00:00", "ChangedFields": null, "CounterpartyCode": null, "CounterpartyName": "深圳市中级人民法院", "CounterpartyRole": "Court", "RegistrationNumber": "AR-R-2026-00000001-X"}', '2026-12-02 12:01:24.519232+00', '01a236a1-8426-49da-9790-800b7ed49a21', 'AssetRegistry.Register.PublicRegisterEntry');
INSERT INTO registry.mt_doc_publicregisterentry (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('0de04c74-5385-43ea-83df-3e133e45d828', '{"Id": "0de04c74-5385-43ea-83df-3e133e45d828", "Kind": "Initial", "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "HolderCode": "91440300595317001X", "HolderName": "深圳市数据科技有限公司", "RecordedAt": "2030-03-27T01:00:00+00:00", "ChangedFields": null, "CounterpartyCode": null, "CounterpartyName": null, "CounterpartyRole": null, "RegistrationNumber": "AR-R-2030-00000002-7"}', '2026-12-02 12:01:25.258745+00', '01a236a1-870d-44e3-ad07-9182686e74e1', 'AssetRegistry.Register.PublicRegisterEntry');
INSERT INTO registry.mt_doc_publicregisterentry (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('4cc9eb54-5cfd-4b68-8d08-10c0dc257558', '{"Id": "4cc9eb54-5cfd-4b68-8d08-10c0dc257558", "Kind": "Initial", "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "HolderCode": "91440300595317001X", "HolderName": "深圳市数据科技有限公司", "RecordedAt": "2030-01-26T01:00:00+00:00", "ChangedFields": null, "CounterpartyCode": null, "CounterpartyName": null, "CounterpartyRole": null, "RegistrationNumber": "AR-R-2030-00000001-9"}', '2026-12-02 12:01:23.160016+00', '01a236a1-7ede-4b65-9728-9435db5d5d18', 'AssetRegistry.Register.PublicRegisterEntry');
INSERT INTO registry.mt_doc_publicregisterentry (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('a05a2824-6583-4a8a-b675-9385007bb7c8', '{"Id": "a05a2824-6583-4a8a-b675-9385007bb7c8", "Kind": "ObjectionRegistered", "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "HolderCode": "91440300595317001X", "HolderName": "深圳市数据集团有限公司", "RecordedAt": "2030-01-26T01:00:00+00:00", "ChangedFields": null, "CounterpartyCode": "914403002958340062", "CounterpartyName": "北京数据应用有限公司", "CounterpartyRole": "Objector", "RegistrationNumber": "AR-R-2029-00000001-E"}', '2026-12-02 12:01:23.746614+00', '01a236a1-8121-4db0-9ec4-aab8194d5e71', 'AssetRegistry.Register.PublicRegisterEntry');
INSERT INTO registry.mt_doc_publicregisterentry (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('aad7f498-2afe-490a-8183-913c1a948d28', '{"Id": "aad7f498-2afe-490a-8183-913c1a948d28", "Kind": "ObjectionResolved", "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "HolderCode": "91440300595317001X", "HolderName": "深圳市数据集团有限公司", "RecordedAt": "2030-01-26T01:00:00+00:00", "ChangedFields": null, "CounterpartyCode": null, "CounterpartyName": "北京数据应用有限公司", "CounterpartyRole": "Objector", "RegistrationNumber": "AR-R-2029-00000001-E"}', '2026-12-02 12:01:24.064094+00', '01a236a1-825f-401a-a4d4-2cd2d2b4a1e7', 'AssetRegistry.Register.PublicRegisterEntry');
INSERT INTO registry.mt_doc_publicregisterentry (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('def5a025-67e9-4334-b7c1-addce0add383', '{"Id": "def5a025-67e9-4334-b7c1-addce0add383", "Kind": "Initial", "AssetKind": "DataProduct", "AssetName": "城市交通出行数据集", "HolderCode": "91440300595317001X", "HolderName": "深圳市数据科技有限公司", "RecordedAt": "2030-02-25T01:00:00+00:00", "ChangedFields": null, "CounterpartyCode": null, "CounterpartyName": null, "CounterpartyRole": null, "RegistrationNumber": "AR-P-2030-00000001-2"}', '2026-12-02 12:01:24.550878+00', '01a236a1-845c-4528-a4ee-4b7c26a76865', 'AssetRegistry.Register.PublicRegisterEntry');
INSERT INTO registry.mt_doc_publicregisterentry (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('34593193-5f98-451c-bc82-516bd19838f0', '{"Id": "34593193-5f98-451c-bc82-516bd19838f0", "Kind": "ObjectionRegistered", "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "HolderCode": "91440300595317001X", "HolderName": "深圳市数据科技有限公司", "RecordedAt": "2030-05-06T01:00:00+00:00", "ChangedFields": null, "CounterpartyCode": "914403002958340062", "CounterpartyName": "北京数据应用有限公司", "CounterpartyRole": "Objector", "RegistrationNumber": "AR-R-2026-00000001-X"}', '2026-12-02 12:01:26.051105+00', '01a236a1-8a22-4ab7-b380-7f7016bbf222', 'AssetRegistry.Register.PublicRegisterEntry');


--
-- Data for Name: mt_doc_registrytimer; Type: TABLE DATA; Schema: registry; Owner: -
--

INSERT INTO registry.mt_doc_registrytimer (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('expiry:AR-R-2026-00000001-X', '{"Id": "expiry:AR-R-2026-00000001-X", "DueAt": "2032-04-01T01:00:00+00:00", "Arming": "70806f40-9f00-4017-8fa5-50454a143ed6", "CommandJson": "{\"RegistrationNumber\":\"AR-R-2026-00000001-X\"}", "CommandType": "AssetRegistry.Validity.ExpireRegistration"}', '2026-12-02 12:01:21.26218+00', '01a236a1-7777-41fa-ad4e-88aeebb2d42c', 'AssetRegistry.Timers.RegistryTimer');
INSERT INTO registry.mt_doc_registrytimer (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('expiry:AR-R-2029-00000001-E', '{"Id": "expiry:AR-R-2029-00000001-E", "DueAt": "2032-04-01T01:00:00+00:00", "Arming": "4af39944-6ae6-4236-beb0-1843f34ac24e", "CommandJson": "{\"RegistrationNumber\":\"AR-R-2029-00000001-E\"}", "CommandType": "AssetRegistry.Validity.ExpireRegistration"}', '2026-12-02 12:01:21.312775+00', '01a236a1-77b4-43cc-88fa-c9613cce7cad', 'AssetRegistry.Timers.RegistryTimer');
INSERT INTO registry.mt_doc_registrytimer (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('license-term:AR-R-2029-00000001-E:01a236a1-77d1-7f82-97a3-4fe0b2000ce4', '{"Id": "license-term:AR-R-2029-00000001-E:01a236a1-77d1-7f82-97a3-4fe0b2000ce4", "DueAt": "2030-12-12T16:00:00+00:00", "Arming": "636aa027-91b6-4eb2-a964-6b385d047473", "CommandJson": "{\"RegistrationNumber\":\"AR-R-2029-00000001-E\",\"LicenseId\":\"01a236a1-77d1-7f82-97a3-4fe0b2000ce4\"}", "CommandType": "AssetRegistry.Validity.EndLicenseTerm"}', '2026-12-02 12:01:22.11747+00', '01a236a1-7ae2-417a-9dec-9f51f3f4587d', 'AssetRegistry.Timers.RegistryTimer');
INSERT INTO registry.mt_doc_registrytimer (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('expiry:AR-R-2029-00000002-C', '{"Id": "expiry:AR-R-2029-00000002-C", "DueAt": "2032-09-28T01:00:00+00:00", "Arming": "2fefb338-f032-48fb-bc34-46a59c891fe5", "CommandJson": "{\"RegistrationNumber\":\"AR-R-2029-00000002-C\"}", "CommandType": "AssetRegistry.Validity.ExpireRegistration"}', '2026-12-02 12:01:22.187063+00', '01a236a1-7b0d-46c3-afd1-2fc611a98102', 'AssetRegistry.Timers.RegistryTimer');
INSERT INTO registry.mt_doc_registrytimer (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('expiry:AR-R-2030-00000001-9', '{"Id": "expiry:AR-R-2030-00000001-9", "DueAt": "2033-01-26T01:00:00+00:00", "Arming": "e1616124-15a6-411c-91c9-14b5fdbbd6a1", "CommandJson": "{\"RegistrationNumber\":\"AR-R-2030-00000001-9\"}", "CommandType": "AssetRegistry.Validity.ExpireRegistration"}', '2026-12-02 12:01:23.160016+00', '01a236a1-7ede-403e-8ecc-a241f5190c07', 'AssetRegistry.Timers.RegistryTimer');
INSERT INTO registry.mt_doc_registrytimer (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('expiry:AR-P-2030-00000001-2', '{"Id": "expiry:AR-P-2030-00000001-2", "DueAt": "2033-02-25T01:00:00+00:00", "Arming": "aeb33b15-0bff-401e-b698-33061e98936c", "CommandJson": "{\"RegistrationNumber\":\"AR-P-2030-00000001-2\"}", "CommandType": "AssetRegistry.Validity.ExpireRegistration"}', '2026-12-02 12:01:24.550878+00', '01a236a1-845c-4a60-86c2-ba8427087663', 'AssetRegistry.Timers.RegistryTimer');
INSERT INTO registry.mt_doc_registrytimer (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('expiry-grace:AR-R-2030-00000002-7', '{"Id": "expiry-grace:AR-R-2030-00000002-7", "DueAt": "2030-10-01T16:00:00+00:00", "Arming": "ca5e113d-adf7-4faf-adad-88d797e8be99", "CommandJson": "{\"RegistrationNumber\":\"AR-R-2030-00000002-7\"}", "CommandType": "AssetRegistry.Validity.CancelExpiredRegistration"}', '2026-12-02 12:01:25.2724+00', '01a236a1-8717-4231-963f-6883c079d1a1', 'AssetRegistry.Timers.RegistryTimer');
INSERT INTO registry.mt_doc_registrytimer (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('correction:01a236a1-89c2-7ea4-95f2-19ec31141079', '{"Id": "correction:01a236a1-89c2-7ea4-95f2-19ec31141079", "DueAt": "2030-05-27T16:00:00+00:00", "Arming": "b6dad674-cd31-4ae0-9221-16bcb8fd40e6", "CommandJson": "{\"ApplicationId\":\"01a236a1-89c2-7ea4-95f2-19ec31141079\"}", "CommandType": "AssetRegistry.Applications.LapseApplication"}', '2026-12-02 12:01:25.963705+00', '01a236a1-89cd-47fb-bd7a-7a205ad18657', 'AssetRegistry.Timers.RegistryTimer');
INSERT INTO registry.mt_doc_registrytimer (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('public-notice:01a236a1-89d4-7d0e-a8f1-8b1584e465bc', '{"Id": "public-notice:01a236a1-89d4-7d0e-a8f1-8b1584e465bc", "DueAt": "2030-05-20T16:00:00+00:00", "Arming": "aa5a4a14-334b-47c3-b506-3beb75bd1e85", "CommandJson": "{\"ApplicationId\":\"01a236a1-89d4-7d0e-a8f1-8b1584e465bc\"}", "CommandType": "AssetRegistry.Applications.EndPublicNotice"}', '2026-12-02 12:01:25.980311+00', '01a236a1-89dd-4cf2-aa2c-fe6d6973f661', 'AssetRegistry.Timers.RegistryTimer');
INSERT INTO registry.mt_doc_registrytimer (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('public-notice:01a236a1-89e7-7b24-ad25-4726934b028b', '{"Id": "public-notice:01a236a1-89e7-7b24-ad25-4726934b028b", "DueAt": "2030-05-20T16:00:00+00:00", "Arming": "ca964dc9-36ed-4149-b4bc-fbf77b84abac", "CommandJson": "{\"ApplicationId\":\"01a236a1-89e7-7b24-ad25-4726934b028b\"}", "CommandType": "AssetRegistry.Applications.EndPublicNotice"}', '2026-12-02 12:01:25.999317+00', '01a236a1-89f0-483e-aa42-a4374bbbb6d7', 'AssetRegistry.Timers.RegistryTimer');
INSERT INTO registry.mt_doc_registrytimer (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('objection-lapse:01a236a1-89f7-7347-b79a-aaf789d65490', '{"Id": "objection-lapse:01a236a1-89f7-7347-b79a-aaf789d65490", "DueAt": "2030-05-21T16:00:00+00:00", "Arming": "0908e4af-64e9-4bf6-94ae-b64bf0af4f58", "CommandJson": "{\"ObjectionId\":\"01a236a1-89f7-7347-b79a-aaf789d65490\"}", "CommandType": "AssetRegistry.Objections.LapseObjection"}', '2026-12-02 12:01:26.020707+00', '01a236a1-8a03-455d-a284-d0b0ab8a80d8', 'AssetRegistry.Timers.RegistryTimer');
INSERT INTO registry.mt_doc_registrytimer (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('objection-lapse:01a236a1-8a10-7a58-8709-9ac3a6353e4c', '{"Id": "objection-lapse:01a236a1-8a10-7a58-8709-9ac3a6353e4c", "DueAt": "2030-05-21T16:00:00+00:00", "Arming": "9a1d5d33-2f24-4f7d-8a4f-b7d427c4da2a", "CommandJson": "{\"ObjectionId\":\"01a236a1-8a10-7a58-8709-9ac3a6353e4c\"}", "CommandType": "AssetRegistry.Objections.LapseObjection"}', '2026-12-02 12:01:26.051105+00', '01a236a1-8a22-4552-95f7-c6a3176fe43c', 'AssetRegistry.Timers.RegistryTimer');
INSERT INTO registry.mt_doc_registrytimer (id, data, mt_last_modified, mt_version, mt_dotnet_type) VALUES ('freeze-term:AR-R-2030-00000001-9:01a236a1-8a4b-7ab0-bcc7-e6a963d15c3c', '{"Id": "freeze-term:AR-R-2030-00000001-9:01a236a1-8a4b-7ab0-bcc7-e6a963d15c3c", "DueAt": "2030-05-26T16:00:00+00:00", "Arming": "facc8c17-e6b5-41be-9583-0db7dd84faf1", "CommandJson": "{\"RegistrationNumber\":\"AR-R-2030-00000001-9\",\"FreezeId\":\"01a236a1-8a4b-7ab0-bcc7-e6a963d15c3c\"}", "CommandType": "AssetRegistry.Freezes.EndFreezeTerm"}', '2026-12-02 12:01:26.095676+00', '01a236a1-8a4f-4b4e-b1ec-89d4e127a30a', 'AssetRegistry.Timers.RegistryTimer');


--
-- Data for Name: mt_event_progression; Type: TABLE DATA; Schema: registry; Owner: -
--

INSERT INTO registry.mt_event_progression (name, last_seq_id, last_updated, mode, rebuild_threshold, assigned_node, heartbeat, agent_status, pause_reason, running_on_node, warning_behind_threshold, critical_behind_threshold, failure_category, failure_event_sequence, failure_event_type, failure_event_tenant_id) VALUES ('certificates:All', 154, '2026-12-02 12:01:26.197967+00', 'none', 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO registry.mt_event_progression (name, last_seq_id, last_updated, mode, rebuild_threshold, assigned_node, heartbeat, agent_status, pause_reason, running_on_node, warning_behind_threshold, critical_behind_threshold, failure_category, failure_event_sequence, failure_event_type, failure_event_tenant_id) VALUES ('HighWaterAllocationFence', 154, '2026-12-02 12:01:26.955041+00', 'none', 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO registry.mt_event_progression (name, last_seq_id, last_updated, mode, rebuild_threshold, assigned_node, heartbeat, agent_status, pause_reason, running_on_node, warning_behind_threshold, critical_behind_threshold, failure_category, failure_event_sequence, failure_event_type, failure_event_tenant_id) VALUES ('HighWaterMark', 154, '2026-12-02 12:01:26.956432+00', 'none', 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);


--
-- Data for Name: mt_event_projection_floors; Type: TABLE DATA; Schema: registry; Owner: -
--



--
-- Data for Name: mt_events; Type: TABLE DATA; Schema: registry; Owner: -
--

INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (1, 'c4fbd79d-f939-4b3b-9954-230153284bed', '01a236a1-65ce-7796-bbe0-f9322a63f431', 1, '{"Details": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-6358", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "329fed75db213718721989284d932f52232d8c590d3dc1d97929bd7046058c9c", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": "2036-02-28", "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "8e7650823078b584fdb99329315174c856bb86bd7913913547c18383775167b2"}, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "ReplyDueAt": "2026-03-16T16:00:00+00:00", "SubmittedAt": "2026-03-02T01:00:00+00:00", "SubmittedBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "91440300595317001X"}, "ApplicationId": "01a236a1-65ce-7796-bbe0-f9322a63f431"}', NULL, 'initial_registration_applied', '2026-03-02 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.InitialRegistrationApplied, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (2, '4cc960c8-f558-490d-b6bb-952d3aeaa005', '01a236a1-65ce-7796-bbe0-f9322a63f431', 2, '{"AcceptedAt": "2026-03-02T01:00:00+00:00", "AcceptedBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}, "ApplicationId": "01a236a1-65ce-7796-bbe0-f9322a63f431", "ApprovalDueAt": "2026-03-16T16:00:00+00:00"}', NULL, 'application_accepted', '2026-03-02 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationAccepted, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (3, '3c9415f7-4ad2-4ba5-873c-76804b442f8b', '01a236a1-65ce-7796-bbe0-f9322a63f431', 3, '{"EndsAt": "2026-03-16T16:00:00+00:00", "StartedAt": "2026-03-02T01:00:00+00:00", "WorkingDays": 10, "ApplicationId": "01a236a1-65ce-7796-bbe0-f9322a63f431"}', NULL, 'public_notice_started', '2026-03-02 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.PublicNoticeStarted, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (4, '247ad36c-8de4-455e-bdee-96092c441de4', '01a236a1-65ce-7796-bbe0-f9322a63f431', 4, '{"EndsAt": "2026-03-16T16:00:00+00:00", "RecordedAt": "2026-04-01T01:00:00+00:00", "ApplicationId": "01a236a1-65ce-7796-bbe0-f9322a63f431", "ApprovalDueAt": "2026-04-16T16:00:00+00:00"}', NULL, 'public_notice_ended', '2026-04-01 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.PublicNoticeEnded, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (5, '795ada10-b422-450c-ada1-28e9c5d0ad75', '01a236a1-65ce-7796-bbe0-f9322a63f431', 5, '{"ApprovedAt": "2026-04-01T01:00:00+00:00", "ApprovedBy": {"Role": "clerk", "UserId": "clerk-qian", "PartyCode": null}, "ApplicationId": "01a236a1-65ce-7796-bbe0-f9322a63f431", "RegistrationNumber": "AR-R-2026-00000001-X"}', NULL, 'application_approved', '2026-04-01 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationApproved, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (6, '5dc2ad47-2bf8-4488-8560-0d38f2b82395', 'AR-R-2026-00000001-X', 1, '{"Right": "Holding", "Holder": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "Details": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-6358", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "329fed75db213718721989284d932f52232d8c590d3dc1d97929bd7046058c9c", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": "2036-02-28", "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "8e7650823078b584fdb99329315174c856bb86bd7913913547c18383775167b2"}, "ValidFrom": "2026-04-01T01:00:00+00:00", "ApprovedBy": {"Role": "clerk", "UserId": "clerk-qian", "PartyCode": null}, "ValidUntil": "2029-04-01T01:00:00+00:00", "RegisteredAt": "2026-04-01T01:00:00+00:00", "ApplicationId": "01a236a1-65ce-7796-bbe0-f9322a63f431", "RegistrationNumber": "AR-R-2026-00000001-X"}', NULL, 'asset_registered', '2026-04-01 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Assets.AssetRegistered, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (7, '05bdc3c3-d875-4f45-9ca3-ef795704b52c', '01a236a1-7499-73fe-a53c-ba66daf4cf3e', 1, '{"Details": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-6281", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "49c23df9f540edc771754a50d639d6077ace8dac9694b900bab6d80c3465f716", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": "2026-05-11", "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "ec78bd2a29cede91dbcdd22a8e2d7c2ec5252fc52b7c38c07b0660598fbba3ca"}, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "ReplyDueAt": "2026-04-16T16:00:00+00:00", "SubmittedAt": "2026-04-01T01:00:00+00:00", "SubmittedBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "91440300595317001X"}, "ApplicationId": "01a236a1-7499-73fe-a53c-ba66daf4cf3e"}', NULL, 'initial_registration_applied', '2026-04-01 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.InitialRegistrationApplied, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (8, '836be09c-e2c7-42ba-b2e5-f6e756e90f4d', '01a236a1-7499-73fe-a53c-ba66daf4cf3e', 2, '{"AcceptedAt": "2026-04-01T01:00:00+00:00", "AcceptedBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}, "ApplicationId": "01a236a1-7499-73fe-a53c-ba66daf4cf3e", "ApprovalDueAt": "2026-04-16T16:00:00+00:00"}', NULL, 'application_accepted', '2026-04-01 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationAccepted, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (9, 'bcaef250-3ca4-45ab-94dd-65f92af31ec3', '01a236a1-7499-73fe-a53c-ba66daf4cf3e', 3, '{"EndsAt": "2026-04-16T16:00:00+00:00", "StartedAt": "2026-04-01T01:00:00+00:00", "WorkingDays": 10, "ApplicationId": "01a236a1-7499-73fe-a53c-ba66daf4cf3e"}', NULL, 'public_notice_started', '2026-04-01 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.PublicNoticeStarted, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (10, 'ca64e7ba-51e2-4b25-9efd-1208191aec22', '01a236a1-7499-73fe-a53c-ba66daf4cf3e', 4, '{"EndsAt": "2026-04-16T16:00:00+00:00", "RecordedAt": "2026-05-01T01:00:00+00:00", "ApplicationId": "01a236a1-7499-73fe-a53c-ba66daf4cf3e", "ApprovalDueAt": "2026-05-18T16:00:00+00:00"}', NULL, 'public_notice_ended', '2026-05-01 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.PublicNoticeEnded, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (66, '33c2d02e-1d6d-43da-ad45-64ad46fd3f13', '01a236a1-7d34-79b5-bdbd-916dd7adcaec', 3, '{"EndsAt": "2029-11-09T16:00:00+00:00", "StartedAt": "2029-10-28T01:00:00+00:00", "WorkingDays": 10, "ApplicationId": "01a236a1-7d34-79b5-bdbd-916dd7adcaec"}', NULL, 'public_notice_started', '2029-10-28 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.PublicNoticeStarted, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (11, '574a4eb7-ac30-4953-b5c4-0552f3a8bbb7', '01a236a1-7499-73fe-a53c-ba66daf4cf3e', 5, '{"ApprovedAt": "2026-05-01T01:00:00+00:00", "ApprovedBy": {"Role": "clerk", "UserId": "clerk-qian", "PartyCode": null}, "ApplicationId": "01a236a1-7499-73fe-a53c-ba66daf4cf3e", "RegistrationNumber": "AR-R-2026-00000002-V"}', NULL, 'application_approved', '2026-05-01 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationApproved, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (12, 'c1498d54-2b11-403d-ae58-588d309d8cb3', 'AR-R-2026-00000002-V', 1, '{"Right": "Holding", "Holder": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "Details": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-6281", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "49c23df9f540edc771754a50d639d6077ace8dac9694b900bab6d80c3465f716", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": "2026-05-11", "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "ec78bd2a29cede91dbcdd22a8e2d7c2ec5252fc52b7c38c07b0660598fbba3ca"}, "ValidFrom": "2026-05-01T01:00:00+00:00", "ApprovedBy": {"Role": "clerk", "UserId": "clerk-qian", "PartyCode": null}, "ValidUntil": "2026-05-11T16:00:00+00:00", "RegisteredAt": "2026-05-01T01:00:00+00:00", "ApplicationId": "01a236a1-7499-73fe-a53c-ba66daf4cf3e", "RegistrationNumber": "AR-R-2026-00000002-V"}', NULL, 'asset_registered', '2026-05-01 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Assets.AssetRegistered, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (13, '5b93dff0-68af-48ce-84f9-75c3d9f60fdd', 'AR-R-2026-00000002-V', 2, '{"RecordedAt": "2029-01-31T01:00:00+00:00", "ValidUntil": "2026-05-11T16:00:00+00:00", "RegistrationNumber": "AR-R-2026-00000002-V"}', NULL, 'registration_expired', '2029-01-31 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Assets.RegistrationExpired, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (17, 'f739d78d-39dc-49e5-a53b-324daf4eb579', '01a236a1-764b-70bb-86bc-8ccd0c852d4d', 3, '{"ApprovedAt": "2029-03-02T01:00:00+00:00", "ApprovedBy": {"Role": "clerk", "UserId": "clerk-qian", "PartyCode": null}, "ApplicationId": "01a236a1-764b-70bb-86bc-8ccd0c852d4d", "RegistrationNumber": "AR-R-2026-00000001-X"}', NULL, 'application_approved', '2029-03-02 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationApproved, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (18, 'f5c9eee4-8675-446e-95c6-5e1236a92f82', 'AR-R-2026-00000001-X', 2, '{"RenewedAt": "2029-03-02T01:00:00+00:00", "ApprovedBy": {"Role": "clerk", "UserId": "clerk-qian", "PartyCode": null}, "ValidUntil": "2032-04-01T01:00:00+00:00", "ApplicationId": "01a236a1-764b-70bb-86bc-8ccd0c852d4d", "PreviousValidUntil": "2029-04-01T01:00:00+00:00", "RegistrationNumber": "AR-R-2026-00000001-X"}', NULL, 'registration_renewed', '2029-03-02 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Assets.RegistrationRenewed, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (19, '268e5b07-9dfc-4ab8-b2b3-ac9d7880fd28', '01a236a1-7784-722b-b6d6-ec64b60414b4', 1, '{"Details": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-3023", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "a5751fbbc95d932d7b8da6415a0dae500a5802bda622bd7b4535cd56f0db90f7", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "469be1a49a9867581daaa902e7f50f4bd3c5c9c3504d33a007aebda91a0139a0"}, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "ReplyDueAt": "2029-03-16T16:00:00+00:00", "SubmittedAt": "2029-03-02T01:00:00+00:00", "SubmittedBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "91440300595317001X"}, "ApplicationId": "01a236a1-7784-722b-b6d6-ec64b60414b4"}', NULL, 'initial_registration_applied', '2029-03-02 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.InitialRegistrationApplied, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (22, 'e29b7167-c076-4268-83bd-e080d9ff2291', '01a236a1-7784-722b-b6d6-ec64b60414b4', 4, '{"EndsAt": "2029-03-16T16:00:00+00:00", "RecordedAt": "2029-04-01T01:00:00+00:00", "ApplicationId": "01a236a1-7784-722b-b6d6-ec64b60414b4", "ApprovalDueAt": "2029-04-13T16:00:00+00:00"}', NULL, 'public_notice_ended', '2029-04-01 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.PublicNoticeEnded, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (30, 'a27e5950-7c93-422e-9f37-3d2d5fd7afdf', '01a236a1-7901-71ff-a777-8c8eeaa65201', 1, '{"Terms": {"Type": "NonExclusive", "Scope": ["城市规划"], "EndsOn": "2029-06-15", "StartsOn": "2029-05-02", "SubLicensingAllowed": false}, "Licensee": {"Name": "佛山短期被许可有限公司", "PartyCode": "91440300552148003J"}, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "SubmittedAt": "2029-05-01T01:00:00+00:00", "SubmittedBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "91440300595317001X"}, "ApplicationId": "01a236a1-7901-71ff-a777-8c8eeaa65201", "RegistrationNumber": "AR-R-2029-00000001-E"}', NULL, 'license_applied', '2029-05-01 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.LicenseApplied, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (35, '7d5476cf-a7b2-435d-b01a-7ba1f38e289d', '01a236a1-7940-733b-803f-36023f77dcaa', 1, '{"Terms": {"Type": "NonExclusive", "Scope": ["城市规划"], "EndsOn": "2030-03-27", "StartsOn": "2029-06-01", "SubLicensingAllowed": false}, "Licensee": {"Name": "东莞退出被许可有限公司", "PartyCode": "91440300062506004U"}, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "SubmittedAt": "2029-05-31T01:00:00+00:00", "SubmittedBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "91440300595317001X"}, "ApplicationId": "01a236a1-7940-733b-803f-36023f77dcaa", "RegistrationNumber": "AR-R-2029-00000001-E"}', NULL, 'license_applied', '2029-05-31 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.LicenseApplied, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (37, '484a8fb2-f503-4913-90ac-67d389635201', '01a236a1-7940-733b-803f-36023f77dcaa', 3, '{"AcceptedAt": "2029-05-31T01:00:00+00:00", "AcceptedBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}, "ApplicationId": "01a236a1-7940-733b-803f-36023f77dcaa", "ApprovalDueAt": "2029-06-14T16:00:00+00:00"}', NULL, 'application_accepted', '2029-05-31 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationAccepted, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (71, '1714d80d-7578-490e-9eb9-a43f249dff44', '01a236a1-7d7e-716b-9c6f-53cbb71a1754', 2, '{"AcceptedAt": "2029-11-27T01:00:00+00:00", "AcceptedBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}, "ApplicationId": "01a236a1-7d7e-716b-9c6f-53cbb71a1754", "ApprovalDueAt": "2029-12-11T16:00:00+00:00"}', NULL, 'application_accepted', '2029-11-27 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationAccepted, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (14, '7c94b7e1-fb4c-4d37-b91d-cc218386f3e1', '01a236a1-764b-70bb-86bc-8ccd0c852d4d', 1, '{"Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "ReplyDueAt": "2029-02-14T16:00:00+00:00", "SubmittedAt": "2029-01-31T01:00:00+00:00", "SubmittedBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "91440300595317001X"}, "ApplicationId": "01a236a1-764b-70bb-86bc-8ccd0c852d4d", "RegistrationNumber": "AR-R-2026-00000001-X"}', NULL, 'renewal_applied', '2029-01-31 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.RenewalApplied, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (16, 'dd8ff82e-f0f5-477b-a2ad-fcae6de17917', 'AR-R-2026-00000002-V', 3, '{"Ground": "ExpiryNotRenewed", "ApprovedBy": {"Role": "system", "UserId": "registry-clock", "PartyCode": null}, "CancelledAt": "2029-03-02T01:00:00+00:00", "ApplicationId": null, "BasisFingerprint": null, "RegistrationNumber": "AR-R-2026-00000002-V"}', NULL, 'asset_cancelled', '2029-03-02 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Assets.AssetCancelled, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (20, '924a1292-2878-4ef7-b8dd-7fed6ce598bb', '01a236a1-7784-722b-b6d6-ec64b60414b4', 2, '{"AcceptedAt": "2029-03-02T01:00:00+00:00", "AcceptedBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}, "ApplicationId": "01a236a1-7784-722b-b6d6-ec64b60414b4", "ApprovalDueAt": "2029-03-16T16:00:00+00:00"}', NULL, 'application_accepted', '2029-03-02 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationAccepted, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (21, '8f98fce5-80e1-4fbd-8e52-95b09f241759', '01a236a1-7784-722b-b6d6-ec64b60414b4', 3, '{"EndsAt": "2029-03-16T16:00:00+00:00", "StartedAt": "2029-03-02T01:00:00+00:00", "WorkingDays": 10, "ApplicationId": "01a236a1-7784-722b-b6d6-ec64b60414b4"}', NULL, 'public_notice_started', '2029-03-02 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.PublicNoticeStarted, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (25, 'e5f133b1-b73e-421c-8980-13033f0e0441', '01a236a1-77d1-7f82-97a3-4fe0b2000ce4', 1, '{"Terms": {"Type": "NonExclusive", "Scope": ["城市规划"], "EndsOn": "2030-05-06", "StartsOn": "2029-04-02", "SubLicensingAllowed": false}, "Licensee": {"Name": "广州算法有限公司", "PartyCode": "91440300799666002P"}, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "SubmittedAt": "2029-04-01T01:00:00+00:00", "SubmittedBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "91440300595317001X"}, "ApplicationId": "01a236a1-77d1-7f82-97a3-4fe0b2000ce4", "RegistrationNumber": "AR-R-2029-00000001-E"}', NULL, 'license_applied', '2029-04-01 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.LicenseApplied, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (27, '26267e25-8e5f-47df-82d4-51ba63297cf2', '01a236a1-77d1-7f82-97a3-4fe0b2000ce4', 3, '{"AcceptedAt": "2029-04-01T01:00:00+00:00", "AcceptedBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}, "ApplicationId": "01a236a1-77d1-7f82-97a3-4fe0b2000ce4", "ApprovalDueAt": "2029-04-13T16:00:00+00:00"}', NULL, 'application_accepted', '2029-04-01 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationAccepted, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (32, '773357e7-72f8-43a6-aa0c-7433d9e0d4d2', '01a236a1-7901-71ff-a777-8c8eeaa65201', 3, '{"AcceptedAt": "2029-05-01T01:00:00+00:00", "AcceptedBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}, "ApplicationId": "01a236a1-7901-71ff-a777-8c8eeaa65201", "ApprovalDueAt": "2029-05-15T16:00:00+00:00"}', NULL, 'application_accepted', '2029-05-01 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationAccepted, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (39, '0aca9cbe-efc7-4a83-b692-a9df78d5400a', '01a236a1-7940-733b-803f-36023f77dcaa', 4, '{"ApprovedAt": "2029-06-30T01:00:00+00:00", "ApprovedBy": {"Role": "clerk", "UserId": "clerk-qian", "PartyCode": null}, "ApplicationId": "01a236a1-7940-733b-803f-36023f77dcaa", "RegistrationNumber": "AR-R-2029-00000001-E"}', NULL, 'application_approved', '2029-06-30 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationApproved, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (40, '63c59bd3-c9f2-453f-8b7f-dd90f77e95b0', 'AR-R-2029-00000001-E', 5, '{"Terms": {"Type": "NonExclusive", "Scope": ["城市规划"], "EndsOn": "2030-03-27", "StartsOn": "2029-06-01", "SubLicensingAllowed": false}, "Licensee": {"Name": "东莞退出被许可有限公司", "PartyCode": "91440300062506004U"}, "Licensor": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "LicenseId": "01a236a1-7940-733b-803f-36023f77dcaa", "ApprovedBy": {"Role": "clerk", "UserId": "clerk-qian", "PartyCode": null}, "RegisteredAt": "2029-06-30T01:00:00+00:00", "ApplicationId": "01a236a1-7940-733b-803f-36023f77dcaa", "RegistrationNumber": "AR-R-2029-00000001-E"}', NULL, 'license_registered', '2029-06-30 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Assets.LicenseRegistered, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (42, '139cb023-db28-4f47-8934-609f61cfa281', '01a236a1-79e7-7dfd-99ea-5efccd138678', 2, '{"AcceptedAt": "2029-06-30T01:00:00+00:00", "AcceptedBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}, "ApplicationId": "01a236a1-79e7-7dfd-99ea-5efccd138678", "ApprovalDueAt": "2029-07-13T16:00:00+00:00"}', NULL, 'application_accepted', '2029-06-30 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationAccepted, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (46, '50a30cac-520c-4a12-a9b0-4c29aa184a96', '01a236a1-7a4e-7782-8a09-cac668cebb90', 2, '{"AcceptedAt": "2029-07-30T01:00:00+00:00", "AcceptedBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}, "ApplicationId": "01a236a1-7a4e-7782-8a09-cac668cebb90", "ApprovalDueAt": "2029-08-13T16:00:00+00:00"}', NULL, 'application_accepted', '2029-07-30 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationAccepted, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (50, '764245c3-1a95-4a0f-9025-6d7df2e4e34e', '01a236a1-7aee-73ff-8757-69ea97c3f7e6', 2, '{"AcceptedAt": "2029-08-29T01:00:00+00:00", "AcceptedBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}, "ApplicationId": "01a236a1-7aee-73ff-8757-69ea97c3f7e6", "ApprovalDueAt": "2029-09-12T16:00:00+00:00"}', NULL, 'application_accepted', '2029-08-29 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationAccepted, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (51, '113ac5fe-5583-4738-8000-68f7ccd0822c', '01a236a1-7aee-73ff-8757-69ea97c3f7e6', 3, '{"EndsAt": "2029-09-12T16:00:00+00:00", "StartedAt": "2029-08-29T01:00:00+00:00", "WorkingDays": 10, "ApplicationId": "01a236a1-7aee-73ff-8757-69ea97c3f7e6"}', NULL, 'public_notice_started', '2029-08-29 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.PublicNoticeStarted, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (57, 'c106a7c4-bca6-4c6a-9f59-efb504ccee57', '01a236a1-7b1e-7be7-ab96-e746642a24b3', 3, '{"AcceptedAt": "2029-09-28T01:00:00+00:00", "AcceptedBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}, "ApplicationId": "01a236a1-7b1e-7be7-ab96-e746642a24b3", "ApprovalDueAt": "2029-10-12T16:00:00+00:00"}', NULL, 'application_accepted', '2029-09-28 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationAccepted, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (58, '9711f549-74fe-45a5-97c1-434ce7fc5cf9', '01a236a1-7b1e-7be7-ab96-e746642a24b3', 4, '{"EndsAt": "2029-10-12T16:00:00+00:00", "StartedAt": "2029-09-28T01:00:00+00:00", "WorkingDays": 10, "ApplicationId": "01a236a1-7b1e-7be7-ab96-e746642a24b3"}', NULL, 'public_notice_started', '2029-09-28 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.PublicNoticeStarted, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (65, 'bbab65ac-c226-40b1-b199-8e43fc8f23cc', '01a236a1-7d34-79b5-bdbd-916dd7adcaec', 2, '{"AcceptedAt": "2029-10-28T01:00:00+00:00", "AcceptedBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}, "ApplicationId": "01a236a1-7d34-79b5-bdbd-916dd7adcaec", "ApprovalDueAt": "2029-11-09T16:00:00+00:00"}', NULL, 'application_accepted', '2029-10-28 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationAccepted, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (15, 'b412014e-9252-4f68-abf9-560a111bcf16', '01a236a1-764b-70bb-86bc-8ccd0c852d4d', 2, '{"AcceptedAt": "2029-01-31T01:00:00+00:00", "AcceptedBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}, "ApplicationId": "01a236a1-764b-70bb-86bc-8ccd0c852d4d", "ApprovalDueAt": "2029-02-14T16:00:00+00:00"}', NULL, 'application_accepted', '2029-01-31 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationAccepted, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (23, '80d16056-da96-48fe-8cd7-343e09090fa8', '01a236a1-7784-722b-b6d6-ec64b60414b4', 5, '{"ApprovedAt": "2029-04-01T01:00:00+00:00", "ApprovedBy": {"Role": "clerk", "UserId": "clerk-qian", "PartyCode": null}, "ApplicationId": "01a236a1-7784-722b-b6d6-ec64b60414b4", "RegistrationNumber": "AR-R-2029-00000001-E"}', NULL, 'application_approved', '2029-04-01 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationApproved, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (24, 'bb117592-eba0-459c-9152-9ce2357e548b', 'AR-R-2029-00000001-E', 1, '{"Right": "Holding", "Holder": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "Details": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-3023", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "a5751fbbc95d932d7b8da6415a0dae500a5802bda622bd7b4535cd56f0db90f7", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "469be1a49a9867581daaa902e7f50f4bd3c5c9c3504d33a007aebda91a0139a0"}, "ValidFrom": "2029-04-01T01:00:00+00:00", "ApprovedBy": {"Role": "clerk", "UserId": "clerk-qian", "PartyCode": null}, "ValidUntil": "2032-04-01T01:00:00+00:00", "RegisteredAt": "2029-04-01T01:00:00+00:00", "ApplicationId": "01a236a1-7784-722b-b6d6-ec64b60414b4", "RegistrationNumber": "AR-R-2029-00000001-E"}', NULL, 'asset_registered', '2029-04-01 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Assets.AssetRegistered, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (26, '1e2e9801-1bbb-483d-bc3f-c001a841fbb2', '01a236a1-77d1-7f82-97a3-4fe0b2000ce4', 2, '{"Party": {"Name": "广州算法有限公司", "PartyCode": "91440300799666002P"}, "ReplyDueAt": "2029-04-13T16:00:00+00:00", "ConsentedAt": "2029-04-01T01:00:00+00:00", "ConsentedBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "91440300799666002P"}, "ApplicationId": "01a236a1-77d1-7f82-97a3-4fe0b2000ce4"}', NULL, 'counterparty_consented', '2029-04-01 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.CounterpartyConsented, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (28, '87c9ce26-c9be-465b-9ef4-37c44373462d', '01a236a1-77d1-7f82-97a3-4fe0b2000ce4', 4, '{"ApprovedAt": "2029-05-01T01:00:00+00:00", "ApprovedBy": {"Role": "clerk", "UserId": "clerk-qian", "PartyCode": null}, "ApplicationId": "01a236a1-77d1-7f82-97a3-4fe0b2000ce4", "RegistrationNumber": "AR-R-2029-00000001-E"}', NULL, 'application_approved', '2029-05-01 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationApproved, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (29, '4d47d1bc-280e-4970-a1e2-79bc29ecae06', 'AR-R-2029-00000001-E', 2, '{"Terms": {"Type": "NonExclusive", "Scope": ["城市规划"], "EndsOn": "2030-05-06", "StartsOn": "2029-04-02", "SubLicensingAllowed": false}, "Licensee": {"Name": "广州算法有限公司", "PartyCode": "91440300799666002P"}, "Licensor": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "LicenseId": "01a236a1-77d1-7f82-97a3-4fe0b2000ce4", "ApprovedBy": {"Role": "clerk", "UserId": "clerk-qian", "PartyCode": null}, "RegisteredAt": "2029-05-01T01:00:00+00:00", "ApplicationId": "01a236a1-77d1-7f82-97a3-4fe0b2000ce4", "RegistrationNumber": "AR-R-2029-00000001-E"}', NULL, 'license_registered', '2029-05-01 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Assets.LicenseRegistered, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (31, '474b2467-0a8a-43fb-88f2-259a175e133b', '01a236a1-7901-71ff-a777-8c8eeaa65201', 2, '{"Party": {"Name": "佛山短期被许可有限公司", "PartyCode": "91440300552148003J"}, "ReplyDueAt": "2029-05-15T16:00:00+00:00", "ConsentedAt": "2029-05-01T01:00:00+00:00", "ConsentedBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "91440300552148003J"}, "ApplicationId": "01a236a1-7901-71ff-a777-8c8eeaa65201"}', NULL, 'counterparty_consented', '2029-05-01 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.CounterpartyConsented, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (33, 'b17364c6-269e-411f-91ba-3d5f549a8c7c', '01a236a1-7901-71ff-a777-8c8eeaa65201', 4, '{"ApprovedAt": "2029-05-31T01:00:00+00:00", "ApprovedBy": {"Role": "clerk", "UserId": "clerk-qian", "PartyCode": null}, "ApplicationId": "01a236a1-7901-71ff-a777-8c8eeaa65201", "RegistrationNumber": "AR-R-2029-00000001-E"}', NULL, 'application_approved', '2029-05-31 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationApproved, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (34, 'd08e8e5e-8bd0-4c3d-a8ff-22664ae0c500', 'AR-R-2029-00000001-E', 3, '{"Terms": {"Type": "NonExclusive", "Scope": ["城市规划"], "EndsOn": "2029-06-15", "StartsOn": "2029-05-02", "SubLicensingAllowed": false}, "Licensee": {"Name": "佛山短期被许可有限公司", "PartyCode": "91440300552148003J"}, "Licensor": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "LicenseId": "01a236a1-7901-71ff-a777-8c8eeaa65201", "ApprovedBy": {"Role": "clerk", "UserId": "clerk-qian", "PartyCode": null}, "RegisteredAt": "2029-05-31T01:00:00+00:00", "ApplicationId": "01a236a1-7901-71ff-a777-8c8eeaa65201", "RegistrationNumber": "AR-R-2029-00000001-E"}', NULL, 'license_registered', '2029-05-31 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Assets.LicenseRegistered, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (36, '84b0441f-6ba9-47f3-910a-340769e0af7a', '01a236a1-7940-733b-803f-36023f77dcaa', 2, '{"Party": {"Name": "东莞退出被许可有限公司", "PartyCode": "91440300062506004U"}, "ReplyDueAt": "2029-06-14T16:00:00+00:00", "ConsentedAt": "2029-05-31T01:00:00+00:00", "ConsentedBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "91440300062506004U"}, "ApplicationId": "01a236a1-7940-733b-803f-36023f77dcaa"}', NULL, 'counterparty_consented', '2029-05-31 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.CounterpartyConsented, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (38, '4718282e-b6c5-41c3-8ba7-1866c8f3b5f1', 'AR-R-2029-00000001-E', 4, '{"EndedAt": "2029-06-15T16:00:00+00:00", "LicenseId": "01a236a1-7901-71ff-a777-8c8eeaa65201", "RecordedAt": "2029-06-30T01:00:00+00:00", "RegistrationNumber": "AR-R-2029-00000001-E"}', NULL, 'license_term_ended', '2029-06-30 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Assets.LicenseTermEnded, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (53, '0dc294c8-f8ea-42a9-9846-addb889ccd00', '01a236a1-7aee-73ff-8757-69ea97c3f7e6', 5, '{"ApprovedAt": "2029-09-28T01:00:00+00:00", "ApprovedBy": {"Role": "clerk", "UserId": "clerk-qian", "PartyCode": null}, "ApplicationId": "01a236a1-7aee-73ff-8757-69ea97c3f7e6", "RegistrationNumber": "AR-R-2029-00000002-C"}', NULL, 'application_approved', '2029-09-28 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationApproved, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (89, '23e2b481-be9f-4fbb-95ca-6b3267b6fb96', '01a236a1-810c-7a2c-9238-83769bce3534', 3, '{"FiledAt": "2030-01-26T01:00:00+00:00", "FiledBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "914403002958340062"}, "ObjectionId": "01a236a1-810c-7a2c-9238-83769bce3534", "DocumentFingerprint": "5cd076834597cd35695d69324a2e87d774c152eaaf17d3a1050af7bacc80d3d6"}', NULL, 'lawsuit_proof_filed', '2030-01-26 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Objections.LawsuitProofFiled, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (41, 'ab8a83d1-f36d-4fa7-be13-d7a8e06c6f55', '01a236a1-79e7-7dfd-99ea-5efccd138678', 1, '{"Applicant": {"Name": "东莞退出被许可有限公司", "PartyCode": "91440300062506004U"}, "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "ReplyDueAt": "2029-07-13T16:00:00+00:00", "SubmittedAt": "2029-06-30T01:00:00+00:00", "SubmittedBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "91440300062506004U"}, "Cancellation": {"Ground": "Voluntary", "Reason": null, "LicenseId": "01a236a1-7940-733b-803f-36023f77dcaa", "BasisFingerprint": null}, "ApplicationId": "01a236a1-79e7-7dfd-99ea-5efccd138678", "RegistrationNumber": "AR-R-2029-00000001-E"}', NULL, 'cancellation_applied', '2029-06-30 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.CancellationApplied, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (43, 'cb01df6c-77a4-4a0e-9ed3-dd3997edb311', '01a236a1-79e7-7dfd-99ea-5efccd138678', 3, '{"ApprovedAt": "2029-07-30T01:00:00+00:00", "ApprovedBy": {"Role": "clerk", "UserId": "clerk-qian", "PartyCode": null}, "ApplicationId": "01a236a1-79e7-7dfd-99ea-5efccd138678", "RegistrationNumber": "AR-R-2029-00000001-E"}', NULL, 'application_approved', '2029-07-30 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationApproved, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (44, 'c6be99bf-97c6-4c79-8338-2bb8d220ab08', 'AR-R-2029-00000001-E', 6, '{"Ground": "Voluntary", "LicenseId": "01a236a1-7940-733b-803f-36023f77dcaa", "ApprovedBy": {"Role": "clerk", "UserId": "clerk-qian", "PartyCode": null}, "CancelledAt": "2029-07-30T01:00:00+00:00", "ApplicationId": "01a236a1-79e7-7dfd-99ea-5efccd138678", "BasisFingerprint": null, "RegistrationNumber": "AR-R-2029-00000001-E"}', NULL, 'license_cancelled', '2029-07-30 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Assets.LicenseCancelled, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (45, 'd1043c3e-b1be-4936-9232-c3f4b11a2fdd', '01a236a1-7a4e-7782-8a09-cac668cebb90', 1, '{"Change": {"Name": null, "License": {"Scope": null, "EndsOn": "2030-12-12", "LicenseId": "01a236a1-77d1-7f82-97a3-4fe0b2000ce4", "SubLicensingAllowed": null}, "Industry": null, "DataSource": null, "HolderName": "深圳市数据集团有限公司", "ProcessingRules": null, "UpdateFrequency": "每小时", "StructureAndScale": null, "NotarisationStatus": null, "ApplicationScenarios": null}, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "ReplyDueAt": "2029-08-13T16:00:00+00:00", "SubmittedAt": "2029-07-30T01:00:00+00:00", "SubmittedBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "91440300595317001X"}, "ApplicationId": "01a236a1-7a4e-7782-8a09-cac668cebb90", "RegistrationNumber": "AR-R-2029-00000001-E"}', NULL, 'change_applied', '2029-07-30 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ChangeApplied, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (47, '1186d5e6-0998-4f5d-8518-bee9ce47edf4', '01a236a1-7a4e-7782-8a09-cac668cebb90', 3, '{"ApprovedAt": "2029-08-29T01:00:00+00:00", "ApprovedBy": {"Role": "clerk", "UserId": "clerk-qian", "PartyCode": null}, "ApplicationId": "01a236a1-7a4e-7782-8a09-cac668cebb90", "RegistrationNumber": "AR-R-2029-00000001-E"}', NULL, 'application_approved', '2029-08-29 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationApproved, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (48, '930471ea-7332-422d-9df6-acd9c4eaa08a', 'AR-R-2029-00000001-E', 7, '{"Changes": [{"After": "每小时", "Field": "updateFrequency", "Before": "每日"}, {"After": "深圳市数据集团有限公司", "Field": "holderName", "Before": "深圳市数据科技有限公司"}, {"After": "2030-12-12", "Field": "license[01a236a1-77d1-7f82-97a3-4fe0b2000ce4].endsOn", "Before": "2030-05-06"}], "LicenseId": "01a236a1-77d1-7f82-97a3-4fe0b2000ce4", "ApprovedBy": {"Role": "clerk", "UserId": "clerk-qian", "PartyCode": null}, "DetailsAfter": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-3023", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "a5751fbbc95d932d7b8da6415a0dae500a5802bda622bd7b4535cd56f0db90f7", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每小时", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "469be1a49a9867581daaa902e7f50f4bd3c5c9c3504d33a007aebda91a0139a0"}, "RegisteredAt": "2029-08-29T01:00:00+00:00", "ApplicationId": "01a236a1-7a4e-7782-8a09-cac668cebb90", "HolderNameAfter": "深圳市数据集团有限公司", "LicenseTermsAfter": {"Type": "NonExclusive", "Scope": ["城市规划"], "EndsOn": "2030-12-12", "StartsOn": "2029-04-02", "SubLicensingAllowed": false}, "RegistrationNumber": "AR-R-2029-00000001-E"}', NULL, 'change_registered', '2029-08-29 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Assets.ChangeRegistered, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (49, '9b384f08-f44e-4c8c-909f-4a6ae68cfc89', '01a236a1-7aee-73ff-8757-69ea97c3f7e6', 1, '{"Details": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-4320", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "13e11e08ea026dc47946028de1bf91f8bd143bf86ecc34aa4fadc899b68d1d29", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "19c89550ec632380d78e90a8c03641c9ab2969433f8e90145ce0ce0de12b631a"}, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "ReplyDueAt": "2029-09-12T16:00:00+00:00", "SubmittedAt": "2029-08-29T01:00:00+00:00", "SubmittedBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "91440300595317001X"}, "ApplicationId": "01a236a1-7aee-73ff-8757-69ea97c3f7e6"}', NULL, 'initial_registration_applied', '2029-08-29 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.InitialRegistrationApplied, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (52, 'c2274ed1-3219-4b0d-8c2d-3882f9ad368b', '01a236a1-7aee-73ff-8757-69ea97c3f7e6', 4, '{"EndsAt": "2029-09-12T16:00:00+00:00", "RecordedAt": "2029-09-28T01:00:00+00:00", "ApplicationId": "01a236a1-7aee-73ff-8757-69ea97c3f7e6", "ApprovalDueAt": "2029-10-12T16:00:00+00:00"}', NULL, 'public_notice_ended', '2029-09-28 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.PublicNoticeEnded, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (70, 'bb71614e-b311-42f1-9b9e-30583b51336c', '01a236a1-7d7e-716b-9c6f-53cbb71a1754', 1, '{"Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "ReplyDueAt": "2029-12-11T16:00:00+00:00", "SubmittedAt": "2029-11-27T01:00:00+00:00", "SubmittedBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "91440300595317001X"}, "Cancellation": {"Ground": "Voluntary", "Reason": null, "LicenseId": null, "BasisFingerprint": null}, "ApplicationId": "01a236a1-7d7e-716b-9c6f-53cbb71a1754", "RegistrationNumber": "AR-R-2029-00000003-A"}', NULL, 'cancellation_applied', '2029-11-27 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.CancellationApplied, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (54, '33049613-f317-40bc-addb-e7257c551fed', 'AR-R-2029-00000002-C', 1, '{"Right": "Holding", "Holder": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "Details": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-4320", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "13e11e08ea026dc47946028de1bf91f8bd143bf86ecc34aa4fadc899b68d1d29", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "19c89550ec632380d78e90a8c03641c9ab2969433f8e90145ce0ce0de12b631a"}, "ValidFrom": "2029-09-28T01:00:00+00:00", "ApprovedBy": {"Role": "clerk", "UserId": "clerk-qian", "PartyCode": null}, "ValidUntil": "2032-09-28T01:00:00+00:00", "RegisteredAt": "2029-09-28T01:00:00+00:00", "ApplicationId": "01a236a1-7aee-73ff-8757-69ea97c3f7e6", "RegistrationNumber": "AR-R-2029-00000002-C"}', NULL, 'asset_registered', '2029-09-28 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Assets.AssetRegistered, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (56, 'f04c10e1-7c14-4289-b857-fcf519e3e5f3', '01a236a1-7b1e-7be7-ab96-e746642a24b3', 2, '{"Party": {"Name": "北京数据交易有限公司", "PartyCode": "914403007829900057"}, "ReplyDueAt": "2029-10-12T16:00:00+00:00", "ConsentedAt": "2029-09-28T01:00:00+00:00", "ConsentedBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "914403007829900057"}, "ApplicationId": "01a236a1-7b1e-7be7-ab96-e746642a24b3"}', NULL, 'counterparty_consented', '2029-09-28 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.CounterpartyConsented, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (59, '795f298f-738e-4f59-9a0e-c8e5ff86f217', '01a236a1-7b1e-7be7-ab96-e746642a24b3', 5, '{"EndsAt": "2029-10-12T16:00:00+00:00", "RecordedAt": "2029-10-28T01:00:00+00:00", "ApplicationId": "01a236a1-7b1e-7be7-ab96-e746642a24b3", "ApprovalDueAt": "2029-11-09T16:00:00+00:00"}', NULL, 'public_notice_ended', '2029-10-28 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.PublicNoticeEnded, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (62, 'ced543d0-e474-46b2-9a84-062664195b9d', 'AR-R-2029-00000002-C', 3, '{"Court": "深圳市中级人民法院", "EndsOn": null, "FreezeId": "01a236a1-7bc7-7504-a871-2991eb07603c", "FrozenAt": "2029-10-28T01:00:00+00:00", "CaseNumber": "(2026)粤03执保8731号", "RecordedBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}, "OrderFingerprint": "7070b28e61b5b6795e44df7636620dc3999c8749feea84cff07956fe824225d3", "RegistrationNumber": "AR-R-2029-00000002-C"}', NULL, 'asset_frozen', '2029-10-28 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Assets.AssetFrozen, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (63, '9771f94b-f360-46de-b67f-b7d374611ea9', 'AR-R-2029-00000002-C', 4, '{"How": "ReleaseOrder", "FreezeId": "01a236a1-7bc7-7504-a871-2991eb07603c", "RecordedBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}, "UnfrozenAt": "2029-10-28T01:00:00+00:00", "OrderFingerprint": "02b0cb053d85e66ef858f999a2530305aafe330b81c9fd0301e5cfc899af788b", "RegistrationNumber": "AR-R-2029-00000002-C"}', NULL, 'asset_unfrozen', '2029-10-28 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Assets.AssetUnfrozen, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (64, '0367a93a-a3fa-45b1-9cee-d4aef6f989eb', '01a236a1-7d34-79b5-bdbd-916dd7adcaec', 1, '{"Details": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-5805", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "62d60af5e56b0b0dee341272da4ae3751fa0f820109ad8c96f8650dfc1babdd7", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "8db1757ef3907792f72cd020be4dd6241b4c276875bbb4eaf3f688bd511dd786"}, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "ReplyDueAt": "2029-11-09T16:00:00+00:00", "SubmittedAt": "2029-10-28T01:00:00+00:00", "SubmittedBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "91440300595317001X"}, "ApplicationId": "01a236a1-7d34-79b5-bdbd-916dd7adcaec"}', NULL, 'initial_registration_applied', '2029-10-28 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.InitialRegistrationApplied, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (67, '4555075d-23a6-4f7d-b319-0fa389531380', '01a236a1-7d34-79b5-bdbd-916dd7adcaec', 4, '{"EndsAt": "2029-11-09T16:00:00+00:00", "RecordedAt": "2029-11-27T01:00:00+00:00", "ApplicationId": "01a236a1-7d34-79b5-bdbd-916dd7adcaec", "ApprovalDueAt": "2029-12-11T16:00:00+00:00"}', NULL, 'public_notice_ended', '2029-11-27 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.PublicNoticeEnded, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (72, 'fedae81d-6281-4625-9ed5-eb8bf4191d55', '01a236a1-7d7e-716b-9c6f-53cbb71a1754', 3, '{"ApprovedAt": "2029-12-27T01:00:00+00:00", "ApprovedBy": {"Role": "clerk", "UserId": "clerk-qian", "PartyCode": null}, "ApplicationId": "01a236a1-7d7e-716b-9c6f-53cbb71a1754", "RegistrationNumber": "AR-R-2029-00000003-A"}', NULL, 'application_approved', '2029-12-27 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationApproved, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (73, 'f1430371-2a8e-45a1-9f80-f124fe973408', 'AR-R-2029-00000003-A', 2, '{"Ground": "Voluntary", "ApprovedBy": {"Role": "clerk", "UserId": "clerk-qian", "PartyCode": null}, "CancelledAt": "2029-12-27T01:00:00+00:00", "ApplicationId": "01a236a1-7d7e-716b-9c6f-53cbb71a1754", "BasisFingerprint": null, "RegistrationNumber": "AR-R-2029-00000003-A"}', NULL, 'asset_cancelled', '2029-12-27 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Assets.AssetCancelled, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (75, '495a02ca-e339-492c-b060-d878b2a8af01', '01a236a1-7eb5-7980-b5aa-2bcc28a3d8f8', 2, '{"AcceptedAt": "2029-12-27T01:00:00+00:00", "AcceptedBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}, "ApplicationId": "01a236a1-7eb5-7980-b5aa-2bcc28a3d8f8", "ApprovalDueAt": "2030-01-10T16:00:00+00:00"}', NULL, 'application_accepted', '2029-12-27 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationAccepted, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (76, '9800be22-e669-4899-80c5-6297d9cc27c0', '01a236a1-7eb5-7980-b5aa-2bcc28a3d8f8', 3, '{"EndsAt": "2030-01-10T16:00:00+00:00", "StartedAt": "2029-12-27T01:00:00+00:00", "WorkingDays": 10, "ApplicationId": "01a236a1-7eb5-7980-b5aa-2bcc28a3d8f8"}', NULL, 'public_notice_started', '2029-12-27 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.PublicNoticeStarted, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (118, '23a59eed-3dec-464b-b4d5-c89843722708', '01a236a1-8609-7379-9dee-b2dc6d844538', 4, '{"EndsAt": "2030-03-11T16:00:00+00:00", "RecordedAt": "2030-03-27T01:00:00+00:00", "ApplicationId": "01a236a1-8609-7379-9dee-b2dc6d844538", "ApprovalDueAt": "2030-04-10T16:00:00+00:00"}', NULL, 'public_notice_ended', '2030-03-27 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.PublicNoticeEnded, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (55, '05fc9e6b-8204-45f8-8bfc-3a76102b0410', '01a236a1-7b1e-7be7-ab96-e746642a24b3', 1, '{"Transfer": {"Ground": "Trade", "NewHolder": {"Name": "北京数据交易有限公司", "PartyCode": "914403007829900057"}, "BasisFingerprint": "52115dcd6ec8c7c70d41ed37772dc6d8576e71bc285e7563079c0cd803fb1322"}, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "SubmittedAt": "2029-09-28T01:00:00+00:00", "SubmittedBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "91440300595317001X"}, "ApplicationId": "01a236a1-7b1e-7be7-ab96-e746642a24b3", "RegistrationNumber": "AR-R-2029-00000002-C"}', NULL, 'transfer_applied', '2029-09-28 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.TransferApplied, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (60, 'ff05e1d9-88e0-47f0-8c3e-a1b78f2989c2', '01a236a1-7b1e-7be7-ab96-e746642a24b3', 6, '{"ApprovedAt": "2029-10-28T01:00:00+00:00", "ApprovedBy": {"Role": "clerk", "UserId": "clerk-qian", "PartyCode": null}, "ApplicationId": "01a236a1-7b1e-7be7-ab96-e746642a24b3", "RegistrationNumber": "AR-R-2029-00000002-C"}', NULL, 'application_approved', '2029-10-28 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationApproved, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (61, '94c61d90-92f6-499a-b82f-999abede4113', 'AR-R-2029-00000002-C', 2, '{"Ground": "Trade", "NewHolder": {"Name": "北京数据交易有限公司", "PartyCode": "914403007829900057"}, "ApprovedBy": {"Role": "clerk", "UserId": "clerk-qian", "PartyCode": null}, "RegisteredAt": "2029-10-28T01:00:00+00:00", "ApplicationId": "01a236a1-7b1e-7be7-ab96-e746642a24b3", "PreviousHolder": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "BasisFingerprint": "52115dcd6ec8c7c70d41ed37772dc6d8576e71bc285e7563079c0cd803fb1322", "RegistrationNumber": "AR-R-2029-00000002-C"}', NULL, 'transfer_registered', '2029-10-28 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Assets.TransferRegistered, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (68, '758c79bd-7338-4b1a-b4f4-b706fbdf40bc', '01a236a1-7d34-79b5-bdbd-916dd7adcaec', 5, '{"ApprovedAt": "2029-11-27T01:00:00+00:00", "ApprovedBy": {"Role": "clerk", "UserId": "clerk-qian", "PartyCode": null}, "ApplicationId": "01a236a1-7d34-79b5-bdbd-916dd7adcaec", "RegistrationNumber": "AR-R-2029-00000003-A"}', NULL, 'application_approved', '2029-11-27 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationApproved, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (69, '170e1c4e-ac2a-43ab-9daf-fab7192d5be7', 'AR-R-2029-00000003-A', 1, '{"Right": "Holding", "Holder": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "Details": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-5805", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "62d60af5e56b0b0dee341272da4ae3751fa0f820109ad8c96f8650dfc1babdd7", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "8db1757ef3907792f72cd020be4dd6241b4c276875bbb4eaf3f688bd511dd786"}, "ValidFrom": "2029-11-27T01:00:00+00:00", "ApprovedBy": {"Role": "clerk", "UserId": "clerk-qian", "PartyCode": null}, "ValidUntil": "2032-11-27T01:00:00+00:00", "RegisteredAt": "2029-11-27T01:00:00+00:00", "ApplicationId": "01a236a1-7d34-79b5-bdbd-916dd7adcaec", "RegistrationNumber": "AR-R-2029-00000003-A"}', NULL, 'asset_registered', '2029-11-27 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Assets.AssetRegistered, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (77, '03fd6fa1-502c-4b63-8e2f-08094ba8ecd5', '01a236a1-7eb5-7980-b5aa-2bcc28a3d8f8', 4, '{"EndsAt": "2030-01-10T16:00:00+00:00", "RecordedAt": "2030-01-26T01:00:00+00:00", "ApplicationId": "01a236a1-7eb5-7980-b5aa-2bcc28a3d8f8", "ApprovalDueAt": "2030-02-08T16:00:00+00:00"}', NULL, 'public_notice_ended', '2030-01-26 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.PublicNoticeEnded, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (80, '2e98a726-e440-487c-a746-faed9e29a33a', '01a236a1-7eed-7a0d-8868-262e35bdb7c7', 1, '{"FiledAt": "2030-01-26T01:00:00+00:00", "FiledBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "914403002958340062"}, "Grounds": "该数据集由本公司采集，申请人无权登记", "Evidence": ["9ac2c98291ca88fe464bf1c9c9dab9ad13f87ff53db5fd3b4571fcd331a7979d"], "Objector": {"Name": "北京数据应用有限公司", "PartyCode": "914403002958340062"}, "ObjectionId": "01a236a1-7eed-7a0d-8868-262e35bdb7c7", "ApplicationId": null, "RegistrationNumber": "AR-R-2030-00000001-9"}', NULL, 'objection_filed', '2030-01-26 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Objections.ObjectionFiled, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (81, '775924dd-3684-4eac-ab7e-2b5bcb01b33b', '01a236a1-7eed-7a0d-8868-262e35bdb7c7', 2, '{"LapsesAt": "2030-02-10T16:00:00+00:00", "ObjectionId": "01a236a1-7eed-7a0d-8868-262e35bdb7c7", "RegisteredAt": "2030-01-26T01:00:00+00:00", "RegisteredBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}}', NULL, 'objection_registered', '2030-01-26 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Objections.ObjectionRegistered, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (82, '510501aa-ea3a-41d0-99b1-fa459b1c185e', 'AR-R-2030-00000001-9', 2, '{"Grounds": "该数据集由本公司采集，申请人无权登记", "LapsesAt": "2030-02-10T16:00:00+00:00", "Objector": {"Name": "北京数据应用有限公司", "PartyCode": "914403002958340062"}, "ObjectionId": "01a236a1-7eed-7a0d-8868-262e35bdb7c7", "RegisteredAt": "2030-01-26T01:00:00+00:00", "RegisteredBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}, "RegistrationNumber": "AR-R-2030-00000001-9"}', NULL, 'objection_registered_on_asset', '2030-01-26 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Assets.ObjectionRegisteredOnAsset, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (83, 'b4ee8ed7-f4cf-43e9-abe0-6a6aea6defad', '01a236a1-7eed-7a0d-8868-262e35bdb7c7', 3, '{"Decision": "仲裁裁决确认数据归异议人所有", "UpheldAt": "2030-01-26T01:00:00+00:00", "UpheldBy": {"Role": "clerk", "UserId": "clerk-qian", "PartyCode": null}, "ObjectionId": "01a236a1-7eed-7a0d-8868-262e35bdb7c7"}', NULL, 'objection_upheld', '2030-01-26 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Objections.ObjectionUpheld, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (84, 'b3136ebc-cc50-4ae7-8bf3-17d2d048329c', 'AR-R-2030-00000001-9', 3, '{"Outcome": "Upheld", "ResolvedAt": "2030-01-26T01:00:00+00:00", "ResolvedBy": {"Role": "clerk", "UserId": "clerk-qian", "PartyCode": null}, "ObjectionId": "01a236a1-7eed-7a0d-8868-262e35bdb7c7", "RegistrationNumber": "AR-R-2030-00000001-9"}', NULL, 'objection_resolved_on_asset', '2030-01-26 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Assets.ObjectionResolvedOnAsset, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (86, 'c047fda5-3c6d-4ee2-8b95-0754e6f3f6aa', '01a236a1-810c-7a2c-9238-83769bce3534', 1, '{"FiledAt": "2030-01-26T01:00:00+00:00", "FiledBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "914403002958340062"}, "Grounds": "该数据集由本公司采集，申请人无权登记", "Evidence": ["95d2253f0ec0cf767977d65e451775ba556640615aa7658d5d7e7e2b7277f33a"], "Objector": {"Name": "北京数据应用有限公司", "PartyCode": "914403002958340062"}, "ObjectionId": "01a236a1-810c-7a2c-9238-83769bce3534", "ApplicationId": null, "RegistrationNumber": "AR-R-2029-00000001-E"}', NULL, 'objection_filed', '2030-01-26 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Objections.ObjectionFiled, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (74, '00651ae9-d348-4b11-bb81-f0b86501f1fe', '01a236a1-7eb5-7980-b5aa-2bcc28a3d8f8', 1, '{"Details": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-7713", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "59a788c915b7613364a36d695042fb87144288e12f063b18d52c947d23a3ac77", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "db0472a8d746d7f5ab19f2169acf3080a24b62361821cf11b1e491148618bfb2"}, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "ReplyDueAt": "2030-01-10T16:00:00+00:00", "SubmittedAt": "2029-12-27T01:00:00+00:00", "SubmittedBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "91440300595317001X"}, "ApplicationId": "01a236a1-7eb5-7980-b5aa-2bcc28a3d8f8"}', NULL, 'initial_registration_applied', '2029-12-27 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.InitialRegistrationApplied, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (78, 'f5835911-561c-4003-9d3e-96df9ff6c685', '01a236a1-7eb5-7980-b5aa-2bcc28a3d8f8', 5, '{"ApprovedAt": "2030-01-26T01:00:00+00:00", "ApprovedBy": {"Role": "clerk", "UserId": "clerk-qian", "PartyCode": null}, "ApplicationId": "01a236a1-7eb5-7980-b5aa-2bcc28a3d8f8", "RegistrationNumber": "AR-R-2030-00000001-9"}', NULL, 'application_approved', '2030-01-26 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationApproved, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (79, '4cc9eb54-5cfd-4b68-8d08-10c0dc257558', 'AR-R-2030-00000001-9', 1, '{"Right": "Holding", "Holder": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "Details": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-7713", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "59a788c915b7613364a36d695042fb87144288e12f063b18d52c947d23a3ac77", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "db0472a8d746d7f5ab19f2169acf3080a24b62361821cf11b1e491148618bfb2"}, "ValidFrom": "2030-01-26T01:00:00+00:00", "ApprovedBy": {"Role": "clerk", "UserId": "clerk-qian", "PartyCode": null}, "ValidUntil": "2033-01-26T01:00:00+00:00", "RegisteredAt": "2030-01-26T01:00:00+00:00", "ApplicationId": "01a236a1-7eb5-7980-b5aa-2bcc28a3d8f8", "RegistrationNumber": "AR-R-2030-00000001-9"}', NULL, 'asset_registered', '2030-01-26 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Assets.AssetRegistered, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (87, 'ca9252ca-9b56-413f-9eaa-3371f62da8b3', '01a236a1-810c-7a2c-9238-83769bce3534', 2, '{"LapsesAt": "2030-02-10T16:00:00+00:00", "ObjectionId": "01a236a1-810c-7a2c-9238-83769bce3534", "RegisteredAt": "2030-01-26T01:00:00+00:00", "RegisteredBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}}', NULL, 'objection_registered', '2030-01-26 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Objections.ObjectionRegistered, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (88, 'a05a2824-6583-4a8a-b675-9385007bb7c8', 'AR-R-2029-00000001-E', 8, '{"Grounds": "该数据集由本公司采集，申请人无权登记", "LapsesAt": "2030-02-10T16:00:00+00:00", "Objector": {"Name": "北京数据应用有限公司", "PartyCode": "914403002958340062"}, "ObjectionId": "01a236a1-810c-7a2c-9238-83769bce3534", "RegisteredAt": "2030-01-26T01:00:00+00:00", "RegisteredBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}, "RegistrationNumber": "AR-R-2029-00000001-E"}', NULL, 'objection_registered_on_asset', '2030-01-26 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Assets.ObjectionRegisteredOnAsset, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (90, '5efe370e-d046-4972-824e-a900c0ac6f31', '01a236a1-810c-7a2c-9238-83769bce3534', 4, '{"Reasons": ["法院驳回起诉"], "DismissedAt": "2030-01-26T01:00:00+00:00", "DismissedBy": {"Role": "clerk", "UserId": "clerk-qian", "PartyCode": null}, "ObjectionId": "01a236a1-810c-7a2c-9238-83769bce3534"}', NULL, 'objection_dismissed', '2030-01-26 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Objections.ObjectionDismissed, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (91, 'aad7f498-2afe-490a-8183-913c1a948d28', 'AR-R-2029-00000001-E', 9, '{"Outcome": "Dismissed", "ResolvedAt": "2030-01-26T01:00:00+00:00", "ResolvedBy": {"Role": "clerk", "UserId": "clerk-qian", "PartyCode": null}, "ObjectionId": "01a236a1-810c-7a2c-9238-83769bce3534", "RegistrationNumber": "AR-R-2029-00000001-E"}', NULL, 'objection_resolved_on_asset', '2030-01-26 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Assets.ObjectionResolvedOnAsset, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (97, '9567e10e-e51e-4464-bfd5-ac7dba6bdb0a', '01a236a1-8374-7516-ac1c-1254727739f9', 1, '{"Details": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataProduct", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": ["AR-R-2026-00000001-X"], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-3415", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "28ca836d1a8121392696313d9eec4aa0a46794d2470743928a1adb7f99de91ff", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "3710332257022e4bb261906b1be47ac728028af59a98c3c697ad241203adc452"}, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "ReplyDueAt": "2030-02-08T16:00:00+00:00", "SubmittedAt": "2030-01-26T01:00:00+00:00", "SubmittedBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "91440300595317001X"}, "ApplicationId": "01a236a1-8374-7516-ac1c-1254727739f9"}', NULL, 'initial_registration_applied', '2030-01-26 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.InitialRegistrationApplied, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (102, '621ca652-0196-422d-a4d5-8d18a1d9c2d0', '01a236a1-8374-7516-ac1c-1254727739f9', 5, '{"ApprovedAt": "2030-02-25T01:00:00+00:00", "ApprovedBy": {"Role": "clerk", "UserId": "clerk-qian", "PartyCode": null}, "ApplicationId": "01a236a1-8374-7516-ac1c-1254727739f9", "RegistrationNumber": "AR-P-2030-00000001-2"}', NULL, 'application_approved', '2030-02-25 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationApproved, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (119, 'dfb5d293-e7f2-4d6c-aa7a-680097d17607', '01a236a1-85e0-7c40-a0d6-263e652165ad', 3, '{"LapsesAt": "2030-03-12T16:00:00+00:00", "RecordedAt": "2030-03-27T01:00:00+00:00", "ObjectionId": "01a236a1-85e0-7c40-a0d6-263e652165ad"}', NULL, 'objection_lapsed', '2030-03-27 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Objections.ObjectionLapsed, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (85, 'ea646c2b-7d36-4d70-8c3f-305080c28e9b', 'AR-R-2030-00000001-9', 4, '{"Changes": [{"After": "更正后的数据集名称", "Field": "name", "Before": "城市交通出行数据集"}, {"After": "北京数据应用有限公司 (914403002958340062)", "Field": "holder", "Before": "深圳市数据科技有限公司 (91440300595317001X)"}], "Decision": "仲裁裁决确认数据归异议人所有", "HolderAfter": {"Name": "北京数据应用有限公司", "PartyCode": "914403002958340062"}, "ObjectionId": "01a236a1-7eed-7a0d-8868-262e35bdb7c7", "DetailsAfter": {"Name": "更正后的数据集名称", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-7713", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "59a788c915b7613364a36d695042fb87144288e12f063b18d52c947d23a3ac77", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "db0472a8d746d7f5ab19f2169acf3080a24b62361821cf11b1e491148618bfb2"}, "RegisteredAt": "2030-01-26T01:00:00+00:00", "RegisteredBy": {"Role": "clerk", "UserId": "clerk-qian", "PartyCode": null}, "RegistrationNumber": "AR-R-2030-00000001-9"}', NULL, 'correction_registered', '2030-01-26 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Assets.CorrectionRegistered, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (92, '734394f1-4524-4876-893b-9699bf1eea2d', '01a236a1-826f-7781-a051-52ed5a4b2fe8', 1, '{"FiledAt": "2030-01-26T01:00:00+00:00", "FiledBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "914403002958340062"}, "Grounds": "该数据集由本公司采集，申请人无权登记", "Evidence": ["241c8be724773eaf57285207e0e56327a0602af8fc5d0f88e55b2e3338beee7b"], "Objector": {"Name": "北京数据应用有限公司", "PartyCode": "914403002958340062"}, "ObjectionId": "01a236a1-826f-7781-a051-52ed5a4b2fe8", "ApplicationId": null, "RegistrationNumber": "AR-R-2029-00000002-C"}', NULL, 'objection_filed', '2030-01-26 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Objections.ObjectionFiled, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (93, 'c41d25e4-af86-44e0-a9b5-5aa69d346d8e', '01a236a1-826f-7781-a051-52ed5a4b2fe8', 2, '{"ObjectionId": "01a236a1-826f-7781-a051-52ed5a4b2fe8", "WithdrawnAt": "2030-01-26T01:00:00+00:00", "WithdrawnBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "914403002958340062"}}', NULL, 'objection_withdrawn', '2030-01-26 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Objections.ObjectionWithdrawn, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (95, 'ba8dda14-6e37-46c5-8e85-668b64d73607', '01a236a1-8331-79e4-b0c0-464a1f6e46c6', 2, '{"Reasons": ["异议人非利害关系人"], "RefusedAt": "2030-01-26T01:00:00+00:00", "RefusedBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}, "ObjectionId": "01a236a1-8331-79e4-b0c0-464a1f6e46c6"}', NULL, 'objection_refused', '2030-01-26 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Objections.ObjectionRefused, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (98, '7157417c-6ae0-46f4-9dfa-82c5da478358', '01a236a1-8374-7516-ac1c-1254727739f9', 2, '{"AcceptedAt": "2030-01-26T01:00:00+00:00", "AcceptedBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}, "ApplicationId": "01a236a1-8374-7516-ac1c-1254727739f9", "ApprovalDueAt": "2030-02-08T16:00:00+00:00"}', NULL, 'application_accepted', '2030-01-26 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationAccepted, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (99, '676109f7-5592-400c-b404-e50aed07edc2', '01a236a1-8374-7516-ac1c-1254727739f9', 3, '{"EndsAt": "2030-02-08T16:00:00+00:00", "StartedAt": "2030-01-26T01:00:00+00:00", "WorkingDays": 10, "ApplicationId": "01a236a1-8374-7516-ac1c-1254727739f9"}', NULL, 'public_notice_started', '2030-01-26 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.PublicNoticeStarted, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (101, 'f4dae869-54e2-46d9-9c94-08af35fac20a', '01a236a1-8374-7516-ac1c-1254727739f9', 4, '{"EndsAt": "2030-02-08T16:00:00+00:00", "RecordedAt": "2030-02-25T01:00:00+00:00", "ApplicationId": "01a236a1-8374-7516-ac1c-1254727739f9", "ApprovalDueAt": "2030-03-11T16:00:00+00:00"}', NULL, 'public_notice_ended', '2030-02-25 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.PublicNoticeEnded, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (105, 'e865d853-8bc8-4008-8d2f-5560a642fd6e', '91440300730221008Q', 2, '{"Name": "深圳市改名后有限公司", "PartyCode": "91440300730221008Q", "RenamedAt": "2030-02-25T01:00:00+00:00", "RenamedBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}, "PreviousName": "深圳市登记在册有限公司"}', NULL, 'party_renamed', '2030-02-25 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Parties.PartyRenamed, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (110, '1789a606-5481-4a29-9f46-a633ec9dc677', '01a236a1-85cb-7353-988c-33fda94191cb', 2, '{"AcceptedAt": "2030-02-25T01:00:00+00:00", "AcceptedBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}, "ApplicationId": "01a236a1-85cb-7353-988c-33fda94191cb", "ApprovalDueAt": "2030-03-11T16:00:00+00:00"}', NULL, 'application_accepted', '2030-02-25 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationAccepted, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (111, '7614f7e0-f12f-4825-9430-97478ebe21e3', '01a236a1-85cb-7353-988c-33fda94191cb', 3, '{"EndsAt": "2030-03-11T16:00:00+00:00", "StartedAt": "2030-02-25T01:00:00+00:00", "WorkingDays": 10, "ApplicationId": "01a236a1-85cb-7353-988c-33fda94191cb"}', NULL, 'public_notice_started', '2030-02-25 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.PublicNoticeStarted, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (114, 'c09124c7-8e4c-4aed-85f9-dd250036a1ce', '01a236a1-85e0-7c40-a0d6-263e652165ad', 2, '{"LapsesAt": "2030-03-12T16:00:00+00:00", "ObjectionId": "01a236a1-85e0-7c40-a0d6-263e652165ad", "RegisteredAt": "2030-02-25T01:00:00+00:00", "RegisteredBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}}', NULL, 'objection_registered', '2030-02-25 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Objections.ObjectionRegistered, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (115, '891f7008-dce8-496f-9153-70315bb1294c', '01a236a1-8609-7379-9dee-b2dc6d844538', 1, '{"Details": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-6791", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "ce719713e9078420c7679affc39ace62f206a2de667cdcc4013d9b92780025b7", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": "2030-04-01", "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "f7c813cc342b75a7efbe67c76559ee24fc26c8c46f07ccb35b2ecb2743a2a5ba"}, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "ReplyDueAt": "2030-03-11T16:00:00+00:00", "SubmittedAt": "2030-02-25T01:00:00+00:00", "SubmittedBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "91440300595317001X"}, "ApplicationId": "01a236a1-8609-7379-9dee-b2dc6d844538"}', NULL, 'initial_registration_applied', '2030-02-25 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.InitialRegistrationApplied, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (94, '64c8b2a6-9991-48c2-badc-3f954252ad63', '01a236a1-8331-79e4-b0c0-464a1f6e46c6', 1, '{"FiledAt": "2030-01-26T01:00:00+00:00", "FiledBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "914403002958340062"}, "Grounds": "该数据集由本公司采集，申请人无权登记", "Evidence": ["216fb33578970e038f96b6bda138e48996b6cfcf4421d87e6509250d1e32f2d3"], "Objector": {"Name": "北京数据应用有限公司", "PartyCode": "914403002958340062"}, "ObjectionId": "01a236a1-8331-79e4-b0c0-464a1f6e46c6", "ApplicationId": null, "RegistrationNumber": "AR-R-2029-00000002-C"}', NULL, 'objection_filed', '2030-01-26 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Objections.ObjectionFiled, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (96, '82f56992-8035-40b6-acc2-6de41a8d9cd9', 'AR-R-2026-00000001-X', 3, '{"Court": "深圳市中级人民法院", "EndsOn": "2030-01-29", "FreezeId": "01a236a1-8358-7046-aa40-6af36aeda866", "FrozenAt": "2030-01-26T01:00:00+00:00", "CaseNumber": "(2026)粤03执保2774号", "RecordedBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}, "OrderFingerprint": "8d5a4099002fc845b5954b9bee3475da6a89557d52517ef2fc9b9b31a702e651", "RegistrationNumber": "AR-R-2026-00000001-X"}', NULL, 'asset_frozen', '2030-01-26 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Assets.AssetFrozen, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (100, '605ebe3b-8152-4852-82f0-ffe4943504d2', 'AR-R-2026-00000001-X', 4, '{"How": "TermEnded", "FreezeId": "01a236a1-8358-7046-aa40-6af36aeda866", "RecordedBy": {"Role": "system", "UserId": "registry-clock", "PartyCode": null}, "UnfrozenAt": "2030-01-29T16:00:00+00:00", "OrderFingerprint": null, "RegistrationNumber": "AR-R-2026-00000001-X"}', NULL, 'asset_unfrozen', '2030-02-25 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Assets.AssetUnfrozen, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (104, 'bec0dd04-619e-485b-9f96-2e4a02be2ac4', '91440300730221008Q', 1, '{"Kind": "Organisation", "Name": "深圳市登记在册有限公司", "Identity": {"Key": "UnifiedSocialCreditCode:CN:91440300730221008Q", "Kind": "Organisation", "Type": "UnifiedSocialCreditCode", "Shown": "91440300730221008Q", "Number": "91440300730221008Q", "IssuingCountry": "CN"}, "PartyCode": "91440300730221008Q", "RecordedAt": "2030-02-25T01:00:00+00:00", "RecordedBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}}', NULL, 'party_recorded', '2030-02-25 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Parties.PartyRecorded, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (106, 'c6575464-90fe-4848-b157-6c8278b2920a', 'P-1866347E309F22B70D55', 1, '{"Kind": "NaturalPerson", "Name": "John Smith", "Identity": {"Key": "Passport:GB:P71777981", "Kind": "NaturalPerson", "Type": "Passport", "Shown": "P71777981", "Number": "P71777981", "IssuingCountry": "GB"}, "PartyCode": "P-1866347E309F22B70D55", "RecordedAt": "2030-02-25T01:00:00+00:00", "RecordedBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}}', NULL, 'party_recorded', '2030-02-25 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Parties.PartyRecorded, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (107, '68ac14f2-ec67-4bbb-9a47-3f9950854675', '01a236a1-858e-7a6f-afd5-628f9c8f273f', 1, '{"Details": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-8987", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "a813befc099f7cc1e12445ce91d02284938c5645a858ff45d9c5382b32cf9919", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "d340511eaf06640415645b133227089814c6dd258f532c2293509baeab40a318"}, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "914403002257000070"}, "ReplyDueAt": "2030-03-11T16:00:00+00:00", "SubmittedAt": "2030-02-25T01:00:00+00:00", "SubmittedBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "914403002257000070"}, "ApplicationId": "01a236a1-858e-7a6f-afd5-628f9c8f273f"}', NULL, 'initial_registration_applied', '2030-02-25 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.InitialRegistrationApplied, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (112, '3753b0b4-4f3c-41c9-9e09-9b4467401cee', '01a236a1-85cb-7353-988c-33fda94191cb', 4, '{"ObjectionId": "01a236a1-85e0-7c40-a0d6-263e652165ad", "SuspendedAt": "2030-02-25T01:00:00+00:00", "ApplicationId": "01a236a1-85cb-7353-988c-33fda94191cb", "WorkingDaysLeft": 10}', NULL, 'public_notice_suspended', '2030-02-25 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.PublicNoticeSuspended, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (113, '848f1b10-5e30-4cc6-b145-537741495b3d', '01a236a1-85e0-7c40-a0d6-263e652165ad', 1, '{"FiledAt": "2030-02-25T01:00:00+00:00", "FiledBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "914403002958340062"}, "Grounds": "该数据集由本公司采集，申请人无权登记", "Evidence": ["e6460a4f297058726bfb7164fb0b628df483ffa83a0eb9801fedf94071ba10f7"], "Objector": {"Name": "北京数据应用有限公司", "PartyCode": "914403002958340062"}, "ObjectionId": "01a236a1-85e0-7c40-a0d6-263e652165ad", "ApplicationId": "01a236a1-85cb-7353-988c-33fda94191cb", "RegistrationNumber": null}', NULL, 'objection_filed', '2030-02-25 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Objections.ObjectionFiled, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (116, '593cde1f-56aa-4769-b79c-f0c002704ab3', '01a236a1-8609-7379-9dee-b2dc6d844538', 2, '{"AcceptedAt": "2030-02-25T01:00:00+00:00", "AcceptedBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}, "ApplicationId": "01a236a1-8609-7379-9dee-b2dc6d844538", "ApprovalDueAt": "2030-03-11T16:00:00+00:00"}', NULL, 'application_accepted', '2030-02-25 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationAccepted, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (117, '2a176b16-b11d-4732-ae7d-8703cc22daa2', '01a236a1-8609-7379-9dee-b2dc6d844538', 3, '{"EndsAt": "2030-03-11T16:00:00+00:00", "StartedAt": "2030-02-25T01:00:00+00:00", "WorkingDays": 10, "ApplicationId": "01a236a1-8609-7379-9dee-b2dc6d844538"}', NULL, 'public_notice_started', '2030-02-25 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.PublicNoticeStarted, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (122, 'b11e7c86-0f1f-4b8a-8841-613394a572fe', '01a236a1-8609-7379-9dee-b2dc6d844538', 5, '{"ApprovedAt": "2030-03-27T01:00:00+00:00", "ApprovedBy": {"Role": "clerk", "UserId": "clerk-qian", "PartyCode": null}, "ApplicationId": "01a236a1-8609-7379-9dee-b2dc6d844538", "RegistrationNumber": "AR-R-2030-00000002-7"}', NULL, 'application_approved', '2030-03-27 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationApproved, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (151, '2c1412f7-47b9-4e5a-bf01-cad1592f44a2', '01a236a1-8a3a-7373-839e-c0a3079fa01a', 1, '{"Change": {"Name": null, "License": null, "Industry": null, "DataSource": null, "HolderName": null, "ProcessingRules": null, "UpdateFrequency": "每周", "StructureAndScale": null, "NotarisationStatus": null, "ApplicationScenarios": null}, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "AssetKind": "DataProduct", "AssetName": "城市交通出行数据集", "ReplyDueAt": "2030-05-20T16:00:00+00:00", "SubmittedAt": "2030-05-06T01:00:00+00:00", "SubmittedBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "91440300595317001X"}, "ApplicationId": "01a236a1-8a3a-7373-839e-c0a3079fa01a", "RegistrationNumber": "AR-P-2030-00000001-2"}', NULL, 'change_applied', '2030-05-06 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ChangeApplied, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (103, 'def5a025-67e9-4334-b7c1-addce0add383', 'AR-P-2030-00000001-2', 1, '{"Right": "Operating", "Holder": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "Details": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataProduct", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": ["AR-R-2026-00000001-X"], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-3415", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "28ca836d1a8121392696313d9eec4aa0a46794d2470743928a1adb7f99de91ff", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "3710332257022e4bb261906b1be47ac728028af59a98c3c697ad241203adc452"}, "ValidFrom": "2030-02-25T01:00:00+00:00", "ApprovedBy": {"Role": "clerk", "UserId": "clerk-qian", "PartyCode": null}, "ValidUntil": "2033-02-25T01:00:00+00:00", "RegisteredAt": "2030-02-25T01:00:00+00:00", "ApplicationId": "01a236a1-8374-7516-ac1c-1254727739f9", "RegistrationNumber": "AR-P-2030-00000001-2"}', NULL, 'asset_registered', '2030-02-25 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Assets.AssetRegistered, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (108, '80d56f3f-7948-42b0-b6ab-d9bfb527a7cd', '01a236a1-858e-7a6f-afd5-628f9c8f273f', 2, '{"Deadline": "2030-03-18T16:00:00+00:00", "RequestedAt": "2030-02-25T01:00:00+00:00", "RequestedBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}, "ApplicationId": "01a236a1-858e-7a6f-afd5-628f9c8f273f", "WhatToCorrect": ["补充样本数据说明"]}', NULL, 'correction_requested', '2030-02-25 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.CorrectionRequested, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (109, '46795f2c-2494-4a79-b7d7-00840fa4d371', '01a236a1-85cb-7353-988c-33fda94191cb', 1, '{"Details": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-6161", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "04ba39003d39a5765e4a7593e69a1fb280fca9b8ee3c0a12dfce3c696c54d756", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "92609f9cc349a839d2648d4213fed182d8aa2537ce45dcc9f2a143bbffb22fca"}, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "914403002257000070"}, "ReplyDueAt": "2030-03-11T16:00:00+00:00", "SubmittedAt": "2030-02-25T01:00:00+00:00", "SubmittedBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "914403002257000070"}, "ApplicationId": "01a236a1-85cb-7353-988c-33fda94191cb"}', NULL, 'initial_registration_applied', '2030-02-25 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.InitialRegistrationApplied, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (121, '57f7b808-9b9e-438d-af0e-3c103128dfb4', '01a236a1-858e-7a6f-afd5-628f9c8f273f', 3, '{"Deadline": "2030-03-18T16:00:00+00:00", "LapsedAt": "2030-03-27T01:00:00+00:00", "ApplicationId": "01a236a1-858e-7a6f-afd5-628f9c8f273f"}', NULL, 'application_lapsed', '2030-03-27 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationLapsed, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (125, '36b177ce-3ac1-46fc-b90c-f713a6bc2a06', '01a236a1-85cb-7353-988c-33fda94191cb', 6, '{"EndsAt": "2030-04-10T16:00:00+00:00", "RecordedAt": "2030-05-06T01:00:00+00:00", "ApplicationId": "01a236a1-85cb-7353-988c-33fda94191cb", "ApprovalDueAt": "2030-05-20T16:00:00+00:00"}', NULL, 'public_notice_ended', '2030-05-06 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.PublicNoticeEnded, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (126, '9c45f51a-7728-4a28-8704-517e5b5b70b4', '01a236a1-85cb-7353-988c-33fda94191cb', 7, '{"Reasons": ["申请材料与公示内容不一致"], "RefusedAt": "2030-05-06T01:00:00+00:00", "RefusedBy": {"Role": "clerk", "UserId": "clerk-qian", "PartyCode": null}, "ApplicationId": "01a236a1-85cb-7353-988c-33fda94191cb"}', NULL, 'application_refused', '2030-05-06 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationRefused, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (127, 'bc2ae461-d33e-404f-acc5-34f185b52c8b', '01a236a1-87db-7f4e-9766-34be14886d74', 1, '{"Details": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-3639", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "811efe1e6697e90310a597f1493dd2b74a349e05ed3b11496f515111ebbc5149", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "a180f7973625c22005a7901d532cf0a069d80b4b5913b0419400fafca8b666c5"}, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "914403002257000070"}, "ReplyDueAt": "2030-05-20T16:00:00+00:00", "SubmittedAt": "2030-05-06T01:00:00+00:00", "SubmittedBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "914403002257000070"}, "ApplicationId": "01a236a1-87db-7f4e-9766-34be14886d74"}', NULL, 'initial_registration_applied', '2030-05-06 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.InitialRegistrationApplied, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (128, '04eef410-3781-417c-bde6-edb8c83a976b', '01a236a1-87db-7f4e-9766-34be14886d74', 2, '{"Reasons": ["不属于数据资产登记范围"], "RejectedAt": "2030-05-06T01:00:00+00:00", "RejectedBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}, "ApplicationId": "01a236a1-87db-7f4e-9766-34be14886d74"}', NULL, 'application_rejected', '2030-05-06 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationRejected, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (130, '7fca66c7-78c2-4a89-be4c-15ffb899b68d', '01a236a1-8896-79a9-b425-cee8a60d1128', 2, '{"Reason": "业务调整", "WithdrawnAt": "2030-05-06T01:00:00+00:00", "WithdrawnBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "914403002257000070"}, "ApplicationId": "01a236a1-8896-79a9-b425-cee8a60d1128"}', NULL, 'application_withdrawn', '2030-05-06 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationWithdrawn, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (120, '37fdf6be-df51-43e3-9a44-87a64107ca6c', '01a236a1-85cb-7353-988c-33fda94191cb', 5, '{"EndsAt": "2030-04-10T16:00:00+00:00", "ResumedAt": "2030-03-27T01:00:00+00:00", "ObjectionId": "01a236a1-85e0-7c40-a0d6-263e652165ad", "ApplicationId": "01a236a1-85cb-7353-988c-33fda94191cb"}', NULL, 'public_notice_resumed', '2030-03-27 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.PublicNoticeResumed, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (124, 'e291a7af-4e18-4733-820f-8b29da048b89', 'AR-R-2030-00000002-7', 2, '{"RecordedAt": "2030-05-06T01:00:00+00:00", "ValidUntil": "2030-04-01T16:00:00+00:00", "RegistrationNumber": "AR-R-2030-00000002-7"}', NULL, 'registration_expired', '2030-05-06 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Assets.RegistrationExpired, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (129, 'e0033c8e-e2b4-45f2-8422-36f0c4c0688d', '01a236a1-8896-79a9-b425-cee8a60d1128', 1, '{"Details": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-4354", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "a3bb8e656ac912257cece4c6f2f40402eb64777ab7185f213c2da3485394b2c4", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "fe57a7e3ad832d3ab42a3432417ad96b6c118094ec651d767e8a37c2667e1373"}, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "914403002257000070"}, "ReplyDueAt": "2030-05-20T16:00:00+00:00", "SubmittedAt": "2030-05-06T01:00:00+00:00", "SubmittedBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "914403002257000070"}, "ApplicationId": "01a236a1-8896-79a9-b425-cee8a60d1128"}', NULL, 'initial_registration_applied', '2030-05-06 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.InitialRegistrationApplied, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (133, 'dc93cea0-1bec-4f28-8c71-9601c73c2573', '01a236a1-892e-7a33-8237-5c66ef0c402e', 2, '{"Deadline": "2030-05-27T16:00:00+00:00", "RequestedAt": "2030-05-06T01:00:00+00:00", "RequestedBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}, "ApplicationId": "01a236a1-892e-7a33-8237-5c66ef0c402e", "WhatToCorrect": ["更新频率应具体说明"]}', NULL, 'correction_requested', '2030-05-06 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.CorrectionRequested, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (135, '1bc4f999-4f99-441e-bbe2-cb3e86a10dd4', '01a236a1-89c2-7ea4-95f2-19ec31141079', 1, '{"Details": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-4945", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "ea685a2d87e5fc7d425f0daa2ad8ab55d3730183efc70c6a7f065ece7a293b15", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "42fd3b77cbaddb81accd5c6811df2d7d0396d225af91ed3ab52b2e93b3616bd2"}, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "914403002257000070"}, "ReplyDueAt": "2030-05-20T16:00:00+00:00", "SubmittedAt": "2030-05-06T01:00:00+00:00", "SubmittedBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "914403002257000070"}, "ApplicationId": "01a236a1-89c2-7ea4-95f2-19ec31141079"}', NULL, 'initial_registration_applied', '2030-05-06 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.InitialRegistrationApplied, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (141, '6e81d888-b391-4a94-8e64-5a6fe66d7dd5', '01a236a1-89e7-7b24-ad25-4726934b028b', 2, '{"AcceptedAt": "2030-05-06T01:00:00+00:00", "AcceptedBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}, "ApplicationId": "01a236a1-89e7-7b24-ad25-4726934b028b", "ApprovalDueAt": "2030-05-20T16:00:00+00:00"}', NULL, 'application_accepted', '2030-05-06 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationAccepted, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (142, '8d3414ed-2a63-4b98-b879-06ace03772e4', '01a236a1-89e7-7b24-ad25-4726934b028b', 3, '{"EndsAt": "2030-05-20T16:00:00+00:00", "StartedAt": "2030-05-06T01:00:00+00:00", "WorkingDays": 10, "ApplicationId": "01a236a1-89e7-7b24-ad25-4726934b028b"}', NULL, 'public_notice_started', '2030-05-06 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.PublicNoticeStarted, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (145, '09446a61-abc4-462a-bd2c-1944fbf9982d', '01a236a1-89f7-7347-b79a-aaf789d65490', 2, '{"LapsesAt": "2030-05-21T16:00:00+00:00", "ObjectionId": "01a236a1-89f7-7347-b79a-aaf789d65490", "RegisteredAt": "2030-05-06T01:00:00+00:00", "RegisteredBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}}', NULL, 'objection_registered', '2030-05-06 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Objections.ObjectionRegistered, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (147, '2affba51-53d9-4254-9d90-f46cf9c36404', '01a236a1-8a10-7a58-8709-9ac3a6353e4c', 1, '{"FiledAt": "2030-05-06T01:00:00+00:00", "FiledBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "914403002958340062"}, "Grounds": "该数据集由本公司采集，申请人无权登记", "Evidence": ["34386ec11f6d540f9c267fbf7a7253ab1b92eb3e86cc015215e56f00b62a66d4"], "Objector": {"Name": "北京数据应用有限公司", "PartyCode": "914403002958340062"}, "ObjectionId": "01a236a1-8a10-7a58-8709-9ac3a6353e4c", "ApplicationId": null, "RegistrationNumber": "AR-R-2026-00000001-X"}', NULL, 'objection_filed', '2030-05-06 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Objections.ObjectionFiled, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (153, 'cbb54494-cb04-46c4-b43d-74cf8cc2c292', 'AR-R-2030-00000001-9', 5, '{"Court": "深圳市中级人民法院", "EndsOn": "2030-05-26", "FreezeId": "01a236a1-8a4b-7ab0-bcc7-e6a963d15c3c", "FrozenAt": "2030-05-06T01:00:00+00:00", "CaseNumber": "(2026)粤03执保3664号", "RecordedBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}, "OrderFingerprint": "13e56643b69f95f08c1347740b71436e838db996fcf32e0fc7e410d98104de5a", "RegistrationNumber": "AR-R-2030-00000001-9"}', NULL, 'asset_frozen', '2030-05-06 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Assets.AssetFrozen, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (123, '0de04c74-5385-43ea-83df-3e133e45d828', 'AR-R-2030-00000002-7', 1, '{"Right": "Holding", "Holder": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "Details": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-6791", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "ce719713e9078420c7679affc39ace62f206a2de667cdcc4013d9b92780025b7", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": "2030-04-01", "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "f7c813cc342b75a7efbe67c76559ee24fc26c8c46f07ccb35b2ecb2743a2a5ba"}, "ValidFrom": "2030-03-27T01:00:00+00:00", "ApprovedBy": {"Role": "clerk", "UserId": "clerk-qian", "PartyCode": null}, "ValidUntil": "2030-04-01T16:00:00+00:00", "RegisteredAt": "2030-03-27T01:00:00+00:00", "ApplicationId": "01a236a1-8609-7379-9dee-b2dc6d844538", "RegistrationNumber": "AR-R-2030-00000002-7"}', NULL, 'asset_registered', '2030-03-27 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Assets.AssetRegistered, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (134, '22918ec4-abba-4ad3-8353-8d5f4c7a654d', '01a236a1-892e-7a33-8237-5c66ef0c402e', 3, '{"Details": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-9683", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "92b639d628063d1981f5a04ff7862bfc7cad224d078e61960321179abc0ea311", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日 02:00 全量更新", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "aa7866f8bc4d5f913f691fee30fbcf81619b23dcfae4cbc403c175ddd1a9384e"}, "ReplyDueAt": "2030-05-20T16:00:00+00:00", "ApplicationId": "01a236a1-892e-7a33-8237-5c66ef0c402e", "ChangedFields": ["updateFrequency"], "ResubmittedAt": "2030-05-06T01:00:00+00:00", "ResubmittedBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "914403002257000070"}}', NULL, 'application_resubmitted', '2030-05-06 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationResubmitted, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (138, '69ea17c1-3894-4908-82f1-3831908a9152', '01a236a1-89d4-7d0e-a8f1-8b1584e465bc', 2, '{"AcceptedAt": "2030-05-06T01:00:00+00:00", "AcceptedBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}, "ApplicationId": "01a236a1-89d4-7d0e-a8f1-8b1584e465bc", "ApprovalDueAt": "2030-05-20T16:00:00+00:00"}', NULL, 'application_accepted', '2030-05-06 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationAccepted, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (139, '86a94b52-cd67-4042-9f11-50f3337d1c56', '01a236a1-89d4-7d0e-a8f1-8b1584e465bc', 3, '{"EndsAt": "2030-05-20T16:00:00+00:00", "StartedAt": "2030-05-06T01:00:00+00:00", "WorkingDays": 10, "ApplicationId": "01a236a1-89d4-7d0e-a8f1-8b1584e465bc"}', NULL, 'public_notice_started', '2030-05-06 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.PublicNoticeStarted, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (140, '8e6dbf3f-e012-41f6-adca-a13b99a571fb', '01a236a1-89e7-7b24-ad25-4726934b028b', 1, '{"Details": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-1834", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "5fab52705749bfec61e4fb9114354b9e887163f9e62f2a2a688af7169924f531", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "2ae771f7192e174c4f363a591f5a21a1f6e4032eedfd9c70c5d7a661e6079774"}, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "914403002257000070"}, "ReplyDueAt": "2030-05-20T16:00:00+00:00", "SubmittedAt": "2030-05-06T01:00:00+00:00", "SubmittedBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "914403002257000070"}, "ApplicationId": "01a236a1-89e7-7b24-ad25-4726934b028b"}', NULL, 'initial_registration_applied', '2030-05-06 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.InitialRegistrationApplied, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (146, '93d540b1-bd61-4d14-9fa3-ce5da0f0abe0', '01a236a1-8a08-7b18-8e04-d4439de8ad9f', 1, '{"Terms": {"Type": "NonExclusive", "Scope": ["城市规划"], "EndsOn": "2030-11-22", "StartsOn": "2030-05-07", "SubLicensingAllowed": false}, "Licensee": {"Name": "广州算法有限公司", "PartyCode": "91440300799666002P"}, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "91440300595317001X"}, "AssetKind": "DataResource", "AssetName": "城市交通出行数据集", "SubmittedAt": "2030-05-06T01:00:00+00:00", "SubmittedBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "91440300595317001X"}, "ApplicationId": "01a236a1-8a08-7b18-8e04-d4439de8ad9f", "RegistrationNumber": "AR-R-2026-00000001-X"}', NULL, 'license_applied', '2030-05-06 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.LicenseApplied, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (150, 'cac4a43a-de4d-4f93-b60d-f1224454f14f', '01a236a1-8a31-709b-8a5d-8cdd1e7c741b', 1, '{"FiledAt": "2030-05-06T01:00:00+00:00", "FiledBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "914403002958340062"}, "Grounds": "该数据集由本公司采集，申请人无权登记", "Evidence": ["3f0e8a2ee6bd60b14bd3f51afc72b9519cf12d614a2fc623c7043bb2a41b6d07"], "Objector": {"Name": "北京数据应用有限公司", "PartyCode": "914403002958340062"}, "ObjectionId": "01a236a1-8a31-709b-8a5d-8cdd1e7c741b", "ApplicationId": null, "RegistrationNumber": "AR-R-2029-00000002-C"}', NULL, 'objection_filed', '2030-05-06 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Objections.ObjectionFiled, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (152, '643fd021-b0a1-4c83-9058-3bc78ee343f8', '01a236a1-8a3a-7373-839e-c0a3079fa01a', 2, '{"AcceptedAt": "2030-05-06T01:00:00+00:00", "AcceptedBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}, "ApplicationId": "01a236a1-8a3a-7373-839e-c0a3079fa01a", "ApprovalDueAt": "2030-05-20T16:00:00+00:00"}', NULL, 'application_accepted', '2030-05-06 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.ApplicationAccepted, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (131, 'fad9a834-ac8f-48e9-aaa6-94a44676c802', '01a236a1-890c-7219-8f7c-c1ad528e62ed', 1, '{"Details": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-2801", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "e721475c35505287095ebeedaf2eb8a453f30b2ef0d429715b597df7c7a28561", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "f5121d951097c743366e4b4305d03b8e201496fc42228ce01840d18621a03af0"}, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "914403002257000070"}, "ReplyDueAt": "2030-05-20T16:00:00+00:00", "SubmittedAt": "2030-05-06T01:00:00+00:00", "SubmittedBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "914403002257000070"}, "ApplicationId": "01a236a1-890c-7219-8f7c-c1ad528e62ed"}', NULL, 'initial_registration_applied', '2030-05-06 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.InitialRegistrationApplied, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (132, '57933358-1299-474c-9a70-41e822f0aac9', '01a236a1-892e-7a33-8237-5c66ef0c402e', 1, '{"Details": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-9683", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "92b639d628063d1981f5a04ff7862bfc7cad224d078e61960321179abc0ea311", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "aa7866f8bc4d5f913f691fee30fbcf81619b23dcfae4cbc403c175ddd1a9384e"}, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "914403002257000070"}, "ReplyDueAt": "2030-05-20T16:00:00+00:00", "SubmittedAt": "2030-05-06T01:00:00+00:00", "SubmittedBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "914403002257000070"}, "ApplicationId": "01a236a1-892e-7a33-8237-5c66ef0c402e"}', NULL, 'initial_registration_applied', '2030-05-06 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.InitialRegistrationApplied, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (136, 'aa1cd69c-f474-4856-8f75-d4d811393004', '01a236a1-89c2-7ea4-95f2-19ec31141079', 2, '{"Deadline": "2030-05-27T16:00:00+00:00", "RequestedAt": "2030-05-06T01:00:00+00:00", "RequestedBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}, "ApplicationId": "01a236a1-89c2-7ea4-95f2-19ec31141079", "WhatToCorrect": ["补充数据来源证明"]}', NULL, 'correction_requested', '2030-05-06 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.CorrectionRequested, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (137, '204f5862-9811-4a35-8687-5c1841f23603', '01a236a1-89d4-7d0e-a8f1-8b1584e465bc', 1, '{"Details": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-9527", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "2053c118e7250b9c2b68ec51c12862fabf7bf74e77acc9ee85f7ee78e65c2be0", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "70eb6056759451636ab4b31f9ba923b0c4857b3b2cfabef8bb1369f233c365bb"}, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "914403002257000070"}, "ReplyDueAt": "2030-05-20T16:00:00+00:00", "SubmittedAt": "2030-05-06T01:00:00+00:00", "SubmittedBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "914403002257000070"}, "ApplicationId": "01a236a1-89d4-7d0e-a8f1-8b1584e465bc"}', NULL, 'initial_registration_applied', '2030-05-06 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.InitialRegistrationApplied, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (143, '0a79725f-3658-4e5b-8996-8893421eab3f', '01a236a1-89e7-7b24-ad25-4726934b028b', 4, '{"ObjectionId": "01a236a1-89f7-7347-b79a-aaf789d65490", "SuspendedAt": "2030-05-06T01:00:00+00:00", "ApplicationId": "01a236a1-89e7-7b24-ad25-4726934b028b", "WorkingDaysLeft": 10}', NULL, 'public_notice_suspended', '2030-05-06 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.PublicNoticeSuspended, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (144, 'a1c2d64a-1663-41cc-ae16-7d81913c61a4', '01a236a1-89f7-7347-b79a-aaf789d65490', 1, '{"FiledAt": "2030-05-06T01:00:00+00:00", "FiledBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "914403002958340062"}, "Grounds": "该数据集由本公司采集，申请人无权登记", "Evidence": ["bca25d0525ffca4ab9aa28a259a55561b13b0e6d28a71b45865764c44eeaa5af"], "Objector": {"Name": "北京数据应用有限公司", "PartyCode": "914403002958340062"}, "ObjectionId": "01a236a1-89f7-7347-b79a-aaf789d65490", "ApplicationId": "01a236a1-89e7-7b24-ad25-4726934b028b", "RegistrationNumber": null}', NULL, 'objection_filed', '2030-05-06 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Objections.ObjectionFiled, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (148, '92b99364-7638-4e0b-89fc-55c048fcbc2b', '01a236a1-8a10-7a58-8709-9ac3a6353e4c', 2, '{"LapsesAt": "2030-05-21T16:00:00+00:00", "ObjectionId": "01a236a1-8a10-7a58-8709-9ac3a6353e4c", "RegisteredAt": "2030-05-06T01:00:00+00:00", "RegisteredBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}}', NULL, 'objection_registered', '2030-05-06 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Objections.ObjectionRegistered, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (149, '34593193-5f98-451c-bc82-516bd19838f0', 'AR-R-2026-00000001-X', 5, '{"Grounds": "该数据集由本公司采集，申请人无权登记", "LapsesAt": "2030-05-21T16:00:00+00:00", "Objector": {"Name": "北京数据应用有限公司", "PartyCode": "914403002958340062"}, "ObjectionId": "01a236a1-8a10-7a58-8709-9ac3a6353e4c", "RegisteredAt": "2030-05-06T01:00:00+00:00", "RegisteredBy": {"Role": "clerk", "UserId": "clerk-zhao", "PartyCode": null}, "RegistrationNumber": "AR-R-2026-00000001-X"}', NULL, 'objection_registered_on_asset', '2030-05-06 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Assets.ObjectionRegisteredOnAsset, AssetRegistry', false);
INSERT INTO registry.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) VALUES (154, '8e0b3126-03a3-4c16-9ce0-f9d78550efdc', '01a236a1-8a5d-7e8d-989a-ddc62e066a92', 1, '{"Details": {"Name": "城市交通出行数据集", "Industry": "交通运输", "AssetKind": "DataResource", "DataSource": "自有业务系统采集，经用户授权", "Declaration": {"Committed": true, "DocumentFingerprint": null}, "DerivedFrom": [], "ReviewReport": {"Conclusion": "数据来源合法，内容真实", "ReportDate": "2026-02-20", "ReportNumber": "SZ-REV-5041", "InstitutionName": "深圳数据合规评估中心", "DocumentFingerprint": "6b913b99b562784c0ad2ca8c226e7da2adb30f67f3a1a68441b5732e476def3a", "InstitutionCreditCode": "91350100M000100Y43"}, "ProcessingRules": "脱敏、聚合至 500 米网格", "UpdateFrequency": "每日", "StructureAndScale": "结构化表格，约 1.2 亿条记录", "NotarisationStatus": "已在区块链存证平台存证", "AuthorisationEndsOn": null, "ApplicationScenarios": ["城市规划", "出行服务"], "SampleDataFingerprint": "63f6a60e065bfc882f3a39754102db20083f6cb522f965cdc0a6cf306a8006d4"}, "Applicant": {"Name": "深圳市数据科技有限公司", "PartyCode": "914403002257000070"}, "ReplyDueAt": "2030-05-20T16:00:00+00:00", "SubmittedAt": "2030-05-06T01:00:00+00:00", "SubmittedBy": {"Role": "enterprise", "UserId": "staff-1", "PartyCode": "914403002257000070"}, "ApplicationId": "01a236a1-8a5d-7e8d-989a-ddc62e066a92"}', NULL, 'initial_registration_applied', '2030-05-06 01:00:00+00', '*DEFAULT*', 'AssetRegistry.Applications.InitialRegistrationApplied, AssetRegistry', false);


--
-- Data for Name: mt_high_water_skips; Type: TABLE DATA; Schema: registry; Owner: -
--



--
-- Data for Name: mt_streams; Type: TABLE DATA; Schema: registry; Owner: -
--

INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('91440300730221008Q', 'party', 2, '2026-12-02 12:01:24.847876+00', '2026-12-02 12:01:24.702766+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('01a236a1-65ce-7796-bbe0-f9322a63f431', 'application', 5, '2026-12-02 12:01:20.352187+00', '2026-12-02 12:01:19.666087+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('AR-R-2029-00000002-C', 'asset', 4, '2026-12-02 12:01:22.726985+00', '2026-12-02 12:01:22.187063+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('01a236a1-7499-73fe-a53c-ba66daf4cf3e', 'application', 5, '2026-12-02 12:01:20.57037+00', '2026-12-02 12:01:20.546568+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('P-1866347E309F22B70D55', 'party', 1, '2026-12-02 12:01:24.864+00', '2026-12-02 12:01:24.864+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('AR-R-2026-00000002-V', 'asset', 3, '2026-12-02 12:01:21.244686+00', '2026-12-02 12:01:20.57037+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('01a236a1-764b-70bb-86bc-8ccd0c852d4d', 'application', 3, '2026-12-02 12:01:21.26218+00', '2026-12-02 12:01:21.12543+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('01a236a1-892e-7a33-8237-5c66ef0c402e', 'application', 3, '2026-12-02 12:01:25.906728+00', '2026-12-02 12:01:25.821667+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('01a236a1-7d34-79b5-bdbd-916dd7adcaec', 'application', 5, '2026-12-02 12:01:22.789586+00', '2026-12-02 12:01:22.758703+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('01a236a1-7784-722b-b6d6-ec64b60414b4', 'application', 5, '2026-12-02 12:01:21.312775+00', '2026-12-02 12:01:21.2893+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('01a236a1-77d1-7f82-97a3-4fe0b2000ce4', 'application', 4, '2026-12-02 12:01:21.638722+00', '2026-12-02 12:01:21.453055+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('01a236a1-7d7e-716b-9c6f-53cbb71a1754', 'application', 3, '2026-12-02 12:01:23.108456+00', '2026-12-02 12:01:22.826638+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('AR-R-2029-00000003-A', 'asset', 2, '2026-12-02 12:01:23.108456+00', '2026-12-02 12:01:22.789586+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('01a236a1-7901-71ff-a777-8c8eeaa65201', 'application', 4, '2026-12-02 12:01:21.713036+00', '2026-12-02 12:01:21.671128+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('01a236a1-89c2-7ea4-95f2-19ec31141079', 'application', 2, '2026-12-02 12:01:25.963705+00', '2026-12-02 12:01:25.957224+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('01a236a1-7eb5-7980-b5aa-2bcc28a3d8f8', 'application', 5, '2026-12-02 12:01:23.160016+00', '2026-12-02 12:01:23.128036+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('01a236a1-7940-733b-803f-36023f77dcaa', 'application', 4, '2026-12-02 12:01:21.878664+00', '2026-12-02 12:01:21.731012+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('01a236a1-79e7-7dfd-99ea-5efccd138678', 'application', 3, '2026-12-02 12:01:21.963326+00', '2026-12-02 12:01:21.952557+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('01a236a1-7eed-7a0d-8868-262e35bdb7c7', 'objection', 3, '2026-12-02 12:01:23.595719+00', '2026-12-02 12:01:23.266835+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('01a236a1-7a4e-7782-8a09-cac668cebb90', 'application', 3, '2026-12-02 12:01:22.11747+00', '2026-12-02 12:01:22.091234+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('01a236a1-89d4-7d0e-a8f1-8b1584e465bc', 'application', 3, '2026-12-02 12:01:25.980311+00', '2026-12-02 12:01:25.976278+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('01a236a1-7aee-73ff-8757-69ea97c3f7e6', 'application', 5, '2026-12-02 12:01:22.187063+00', '2026-12-02 12:01:22.162376+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('01a236a1-85e0-7c40-a0d6-263e652165ad', 'objection', 3, '2026-12-02 12:01:25.148054+00', '2026-12-02 12:01:24.961627+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('01a236a1-7b1e-7be7-ab96-e746642a24b3', 'application', 6, '2026-12-02 12:01:22.345234+00', '2026-12-02 12:01:22.307823+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('01a236a1-8a3a-7373-839e-c0a3079fa01a', 'application', 2, '2026-12-02 12:01:26.081342+00', '2026-12-02 12:01:26.077297+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('01a236a1-858e-7a6f-afd5-628f9c8f273f', 'application', 3, '2026-12-02 12:01:25.222927+00', '2026-12-02 12:01:24.882193+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('01a236a1-810c-7a2c-9238-83769bce3534', 'objection', 4, '2026-12-02 12:01:24.064094+00', '2026-12-02 12:01:23.732383+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('AR-R-2029-00000001-E', 'asset', 9, '2026-12-02 12:01:24.064094+00', '2026-12-02 12:01:21.312775+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('01a236a1-826f-7781-a051-52ed5a4b2fe8', 'objection', 2, '2026-12-02 12:01:24.259462+00', '2026-12-02 12:01:24.0876+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('01a236a1-8331-79e4-b0c0-464a1f6e46c6', 'objection', 2, '2026-12-02 12:01:24.303287+00', '2026-12-02 12:01:24.28376+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('01a236a1-8609-7379-9dee-b2dc6d844538', 'application', 5, '2026-12-02 12:01:25.258745+00', '2026-12-02 12:01:25.009075+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('AR-R-2030-00000001-9', 'asset', 5, '2026-12-02 12:01:26.095676+00', '2026-12-02 12:01:23.160016+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('01a236a1-89e7-7b24-ad25-4726934b028b', 'application', 4, '2026-12-02 12:01:26.008272+00', '2026-12-02 12:01:25.994496+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('01a236a1-8374-7516-ac1c-1254727739f9', 'application', 5, '2026-12-02 12:01:24.550878+00', '2026-12-02 12:01:24.35314+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('AR-P-2030-00000001-2', 'asset', 1, '2026-12-02 12:01:24.550878+00', '2026-12-02 12:01:24.550878+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('AR-R-2030-00000002-7', 'asset', 2, '2026-12-02 12:01:25.2724+00', '2026-12-02 12:01:25.258745+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('01a236a1-85cb-7353-988c-33fda94191cb', 'application', 7, '2026-12-02 12:01:25.421814+00', '2026-12-02 12:01:24.943842+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('01a236a1-87db-7f4e-9766-34be14886d74', 'application', 2, '2026-12-02 12:01:25.595875+00', '2026-12-02 12:01:25.47488+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('01a236a1-8896-79a9-b425-cee8a60d1128', 'application', 2, '2026-12-02 12:01:25.712532+00', '2026-12-02 12:01:25.656412+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('01a236a1-890c-7219-8f7c-c1ad528e62ed', 'application', 1, '2026-12-02 12:01:25.777057+00', '2026-12-02 12:01:25.777057+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('01a236a1-8a5d-7e8d-989a-ddc62e066a92', 'application', 1, '2026-12-02 12:01:26.12657+00', '2026-12-02 12:01:26.12657+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('01a236a1-89f7-7347-b79a-aaf789d65490', 'objection', 2, '2026-12-02 12:01:26.020707+00', '2026-12-02 12:01:26.008272+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('01a236a1-8a08-7b18-8e04-d4439de8ad9f', 'application', 1, '2026-12-02 12:01:26.027067+00', '2026-12-02 12:01:26.027067+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('01a236a1-8a10-7a58-8709-9ac3a6353e4c', 'objection', 2, '2026-12-02 12:01:26.051105+00', '2026-12-02 12:01:26.0406+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('AR-R-2026-00000001-X', 'asset', 5, '2026-12-02 12:01:26.051105+00', '2026-12-02 12:01:20.352187+00', '*DEFAULT*', 0, false);
INSERT INTO registry.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) VALUES ('01a236a1-8a31-709b-8a5d-8cdd1e7c741b', 'objection', 1, '2026-12-02 12:01:26.068954+00', '2026-12-02 12:01:26.068954+00', '*DEFAULT*', 0, false);


--
-- Name: mt_events_sequence; Type: SEQUENCE SET; Schema: registry; Owner: -
--

SELECT pg_catalog.setval('registry.mt_events_sequence', 154, true);


--
-- Name: registration_serial_p_2030; Type: SEQUENCE SET; Schema: registry; Owner: -
--

SELECT pg_catalog.setval('registry.registration_serial_p_2030', 1, true);


--
-- Name: registration_serial_r_2026; Type: SEQUENCE SET; Schema: registry; Owner: -
--

SELECT pg_catalog.setval('registry.registration_serial_r_2026', 2, true);


--
-- Name: registration_serial_r_2029; Type: SEQUENCE SET; Schema: registry; Owner: -
--

SELECT pg_catalog.setval('registry.registration_serial_r_2029', 3, true);


--
-- Name: registration_serial_r_2030; Type: SEQUENCE SET; Schema: registry; Owner: -
--

SELECT pg_catalog.setval('registry.registration_serial_r_2030', 2, true);


--
-- Name: clock_marks clock_marks_pkey; Type: CONSTRAINT; Schema: registry; Owner: -
--

ALTER TABLE ONLY registry.clock_marks
    ADD CONSTRAINT clock_marks_pkey PRIMARY KEY (node);


--
-- Name: development_clock development_clock_pkey; Type: CONSTRAINT; Schema: registry; Owner: -
--

ALTER TABLE ONLY registry.development_clock
    ADD CONSTRAINT development_clock_pkey PRIMARY KEY (id);


--
-- Name: mt_event_progression pk_mt_event_progression; Type: CONSTRAINT; Schema: registry; Owner: -
--

ALTER TABLE ONLY registry.mt_event_progression
    ADD CONSTRAINT pk_mt_event_progression PRIMARY KEY (name);


--
-- Name: document_contents pkey_document_contents_sha256; Type: CONSTRAINT; Schema: registry; Owner: -
--

ALTER TABLE ONLY registry.document_contents
    ADD CONSTRAINT pkey_document_contents_sha256 PRIMARY KEY (sha256);


--
-- Name: document_grants pkey_document_grants_sha256_party_application_id; Type: CONSTRAINT; Schema: registry; Owner: -
--

ALTER TABLE ONLY registry.document_grants
    ADD CONSTRAINT pkey_document_grants_sha256_party_application_id PRIMARY KEY (sha256, party, application_id);


--
-- Name: document_uploads pkey_document_uploads_sha256_uploader; Type: CONSTRAINT; Schema: registry; Owner: -
--

ALTER TABLE ONLY registry.document_uploads
    ADD CONSTRAINT pkey_document_uploads_sha256_uploader PRIMARY KEY (sha256, uploader);


--
-- Name: ledger_certificates pkey_ledger_certificates_leaf_index; Type: CONSTRAINT; Schema: registry; Owner: -
--

ALTER TABLE ONLY registry.ledger_certificates
    ADD CONSTRAINT pkey_ledger_certificates_leaf_index PRIMARY KEY (leaf_index);


--
-- Name: ledger_checkpoints pkey_ledger_checkpoints_tree_size; Type: CONSTRAINT; Schema: registry; Owner: -
--

ALTER TABLE ONLY registry.ledger_checkpoints
    ADD CONSTRAINT pkey_ledger_checkpoints_tree_size PRIMARY KEY (tree_size);


--
-- Name: ledger_salts pkey_ledger_salts_certificate_number_field; Type: CONSTRAINT; Schema: registry; Owner: -
--

ALTER TABLE ONLY registry.ledger_salts
    ADD CONSTRAINT pkey_ledger_salts_certificate_number_field PRIMARY KEY (certificate_number, field);


--
-- Name: mt_doc_application pkey_mt_doc_application_id; Type: CONSTRAINT; Schema: registry; Owner: -
--

ALTER TABLE ONLY registry.mt_doc_application
    ADD CONSTRAINT pkey_mt_doc_application_id PRIMARY KEY (id);


--
-- Name: mt_doc_asset pkey_mt_doc_asset_id; Type: CONSTRAINT; Schema: registry; Owner: -
--

ALTER TABLE ONLY registry.mt_doc_asset
    ADD CONSTRAINT pkey_mt_doc_asset_id PRIMARY KEY (id);


--
-- Name: mt_doc_deadletterevent pkey_mt_doc_deadletterevent_id; Type: CONSTRAINT; Schema: registry; Owner: -
--

ALTER TABLE ONLY registry.mt_doc_deadletterevent
    ADD CONSTRAINT pkey_mt_doc_deadletterevent_id PRIMARY KEY (id);


--
-- Name: mt_doc_envelope pkey_mt_doc_envelope_id; Type: CONSTRAINT; Schema: registry; Owner: -
--

ALTER TABLE ONLY registry.mt_doc_envelope
    ADD CONSTRAINT pkey_mt_doc_envelope_id PRIMARY KEY (id);


--
-- Name: mt_doc_idempotentoutcome pkey_mt_doc_idempotentoutcome_id; Type: CONSTRAINT; Schema: registry; Owner: -
--

ALTER TABLE ONLY registry.mt_doc_idempotentoutcome
    ADD CONSTRAINT pkey_mt_doc_idempotentoutcome_id PRIMARY KEY (id);


--
-- Name: mt_doc_objection pkey_mt_doc_objection_id; Type: CONSTRAINT; Schema: registry; Owner: -
--

ALTER TABLE ONLY registry.mt_doc_objection
    ADD CONSTRAINT pkey_mt_doc_objection_id PRIMARY KEY (id);


--
-- Name: mt_doc_party pkey_mt_doc_party_id; Type: CONSTRAINT; Schema: registry; Owner: -
--

ALTER TABLE ONLY registry.mt_doc_party
    ADD CONSTRAINT pkey_mt_doc_party_id PRIMARY KEY (id);


--
-- Name: mt_doc_partyright pkey_mt_doc_partyright_id; Type: CONSTRAINT; Schema: registry; Owner: -
--

ALTER TABLE ONLY registry.mt_doc_partyright
    ADD CONSTRAINT pkey_mt_doc_partyright_id PRIMARY KEY (id);


--
-- Name: mt_doc_publicregisterentry pkey_mt_doc_publicregisterentry_id; Type: CONSTRAINT; Schema: registry; Owner: -
--

ALTER TABLE ONLY registry.mt_doc_publicregisterentry
    ADD CONSTRAINT pkey_mt_doc_publicregisterentry_id PRIMARY KEY (id);


--
-- Name: mt_doc_registrytimer pkey_mt_doc_registrytimer_id; Type: CONSTRAINT; Schema: registry; Owner: -
--

ALTER TABLE ONLY registry.mt_doc_registrytimer
    ADD CONSTRAINT pkey_mt_doc_registrytimer_id PRIMARY KEY (id);


--
-- Name: mt_event_projection_floors pkey_mt_event_projection_floors_name_tenant_id; Type: CONSTRAINT; Schema: registry; Owner: -
--

ALTER TABLE ONLY registry.mt_event_projection_floors
    ADD CONSTRAINT pkey_mt_event_projection_floors_name_tenant_id PRIMARY KEY (name, tenant_id);


--
-- Name: mt_events pkey_mt_events_seq_id; Type: CONSTRAINT; Schema: registry; Owner: -
--

ALTER TABLE ONLY registry.mt_events
    ADD CONSTRAINT pkey_mt_events_seq_id PRIMARY KEY (seq_id);


--
-- Name: mt_high_water_skips pkey_mt_high_water_skips_ending_sequence; Type: CONSTRAINT; Schema: registry; Owner: -
--

ALTER TABLE ONLY registry.mt_high_water_skips
    ADD CONSTRAINT pkey_mt_high_water_skips_ending_sequence PRIMARY KEY (ending_sequence);


--
-- Name: mt_streams pkey_mt_streams_id; Type: CONSTRAINT; Schema: registry; Owner: -
--

ALTER TABLE ONLY registry.mt_streams
    ADD CONSTRAINT pkey_mt_streams_id PRIMARY KEY (id);


--
-- Name: wolverine_agent_restrictions pkey_wolverine_agent_restrictions_id; Type: CONSTRAINT; Schema: registry; Owner: -
--

ALTER TABLE ONLY registry.wolverine_agent_restrictions
    ADD CONSTRAINT pkey_wolverine_agent_restrictions_id PRIMARY KEY (id);


--
-- Name: wolverine_control_queue pkey_wolverine_control_queue_id; Type: CONSTRAINT; Schema: registry; Owner: -
--

ALTER TABLE ONLY registry.wolverine_control_queue
    ADD CONSTRAINT pkey_wolverine_control_queue_id PRIMARY KEY (id);


--
-- Name: wolverine_dead_letter_history pkey_wolverine_dead_letter_history_id; Type: CONSTRAINT; Schema: registry; Owner: -
--

ALTER TABLE ONLY registry.wolverine_dead_letter_history
    ADD CONSTRAINT pkey_wolverine_dead_letter_history_id PRIMARY KEY (id);


--
-- Name: wolverine_dead_letters pkey_wolverine_dead_letters_id; Type: CONSTRAINT; Schema: registry; Owner: -
--

ALTER TABLE ONLY registry.wolverine_dead_letters
    ADD CONSTRAINT pkey_wolverine_dead_letters_id PRIMARY KEY (id);


--
-- Name: wolverine_incoming_envelopes pkey_wolverine_incoming_envelopes_id; Type: CONSTRAINT; Schema: registry; Owner: -
--

ALTER TABLE ONLY registry.wolverine_incoming_envelopes
    ADD CONSTRAINT pkey_wolverine_incoming_envelopes_id PRIMARY KEY (id);


--
-- Name: wolverine_node_assignments pkey_wolverine_node_assignments_id; Type: CONSTRAINT; Schema: registry; Owner: -
--

ALTER TABLE ONLY registry.wolverine_node_assignments
    ADD CONSTRAINT pkey_wolverine_node_assignments_id PRIMARY KEY (id);


--
-- Name: wolverine_node_records pkey_wolverine_node_records_id; Type: CONSTRAINT; Schema: registry; Owner: -
--

ALTER TABLE ONLY registry.wolverine_node_records
    ADD CONSTRAINT pkey_wolverine_node_records_id PRIMARY KEY (id);


--
-- Name: wolverine_nodes pkey_wolverine_nodes_id; Type: CONSTRAINT; Schema: registry; Owner: -
--

ALTER TABLE ONLY registry.wolverine_nodes
    ADD CONSTRAINT pkey_wolverine_nodes_id PRIMARY KEY (id);


--
-- Name: wolverine_outgoing_envelopes pkey_wolverine_outgoing_envelopes_id; Type: CONSTRAINT; Schema: registry; Owner: -
--

ALTER TABLE ONLY registry.wolverine_outgoing_envelopes
    ADD CONSTRAINT pkey_wolverine_outgoing_envelopes_id PRIMARY KEY (id);


--
-- Name: idx_wolverine_dead_letter_history_last_replayed_at; Type: INDEX; Schema: registry; Owner: -
--

CREATE INDEX idx_wolverine_dead_letter_history_last_replayed_at ON registry.wolverine_dead_letter_history USING btree (last_replayed_at);


--
-- Name: idx_wolverine_dead_letters_failure_group; Type: INDEX; Schema: registry; Owner: -
--

CREATE INDEX idx_wolverine_dead_letters_failure_group ON registry.wolverine_dead_letters USING btree (failure_group);


--
-- Name: idx_wolverine_dead_letters_replayable; Type: INDEX; Schema: registry; Owner: -
--

CREATE INDEX idx_wolverine_dead_letters_replayable ON registry.wolverine_dead_letters USING btree (replayable) WHERE (replayable = true);


--
-- Name: idx_wolverine_incoming_envelopes_keep_until; Type: INDEX; Schema: registry; Owner: -
--

CREATE INDEX idx_wolverine_incoming_envelopes_keep_until ON registry.wolverine_incoming_envelopes USING btree (keep_until) WHERE ((status)::text = 'Handled'::text);


--
-- Name: idx_wolverine_incoming_envelopes_owner; Type: INDEX; Schema: registry; Owner: -
--

CREATE INDEX idx_wolverine_incoming_envelopes_owner ON registry.wolverine_incoming_envelopes USING btree (owner_id) WHERE (owner_id <> 0);


--
-- Name: idx_wolverine_incoming_envelopes_recover; Type: INDEX; Schema: registry; Owner: -
--

CREATE INDEX idx_wolverine_incoming_envelopes_recover ON registry.wolverine_incoming_envelopes USING btree (received_at) WHERE (((status)::text = 'Incoming'::text) AND (owner_id = 0));


--
-- Name: idx_wolverine_incoming_envelopes_scheduled; Type: INDEX; Schema: registry; Owner: -
--

CREATE INDEX idx_wolverine_incoming_envelopes_scheduled ON registry.wolverine_incoming_envelopes USING btree (execution_time) WHERE ((status)::text = 'Scheduled'::text);


--
-- Name: idx_wolverine_outgoing_envelopes_owner; Type: INDEX; Schema: registry; Owner: -
--

CREATE INDEX idx_wolverine_outgoing_envelopes_owner ON registry.wolverine_outgoing_envelopes USING btree (owner_id) WHERE (owner_id <> 0);


--
-- Name: idx_wolverine_outgoing_envelopes_recover; Type: INDEX; Schema: registry; Owner: -
--

CREATE INDEX idx_wolverine_outgoing_envelopes_recover ON registry.wolverine_outgoing_envelopes USING btree (destination) WHERE (owner_id = 0);


--
-- Name: ledger_certificates_asset; Type: INDEX; Schema: registry; Owner: -
--

CREATE INDEX ledger_certificates_asset ON registry.ledger_certificates USING btree (registration_number, leaf_index);


--
-- Name: ledger_certificates_event; Type: INDEX; Schema: registry; Owner: -
--

CREATE UNIQUE INDEX ledger_certificates_event ON registry.ledger_certificates USING btree (event_sequence);


--
-- Name: ledger_certificates_number; Type: INDEX; Schema: registry; Owner: -
--

CREATE UNIQUE INDEX ledger_certificates_number ON registry.ledger_certificates USING btree (certificate_number);


--
-- Name: mt_doc_application_idx_reply_due_at; Type: INDEX; Schema: registry; Owner: -
--

CREATE INDEX mt_doc_application_idx_reply_due_at ON registry.mt_doc_application USING btree (registry.mt_immutable_timestamptz((data ->> 'ReplyDueAt'::text)));


--
-- Name: mt_doc_application_idx_state; Type: INDEX; Schema: registry; Owner: -
--

CREATE INDEX mt_doc_application_idx_state ON registry.mt_doc_application USING btree (((data ->> 'State'::text)));


--
-- Name: mt_doc_idempotentoutcome_idx_expires_at; Type: INDEX; Schema: registry; Owner: -
--

CREATE INDEX mt_doc_idempotentoutcome_idx_expires_at ON registry.mt_doc_idempotentoutcome USING btree (registry.mt_immutable_timestamptz((data ->> 'ExpiresAt'::text)));


--
-- Name: mt_doc_party_uidx_identity_key; Type: INDEX; Schema: registry; Owner: -
--

CREATE UNIQUE INDEX mt_doc_party_uidx_identity_key ON registry.mt_doc_party USING btree (((data ->> 'IdentityKey'::text)));


--
-- Name: mt_doc_partyright_idx_party_code; Type: INDEX; Schema: registry; Owner: -
--

CREATE INDEX mt_doc_partyright_idx_party_code ON registry.mt_doc_partyright USING btree (((data ->> 'PartyCode'::text)));


--
-- Name: mt_doc_publicregisterentry_idx_kind; Type: INDEX; Schema: registry; Owner: -
--

CREATE INDEX mt_doc_publicregisterentry_idx_kind ON registry.mt_doc_publicregisterentry USING btree (((data ->> 'Kind'::text)));


--
-- Name: mt_doc_publicregisterentry_idx_recorded_at; Type: INDEX; Schema: registry; Owner: -
--

CREATE INDEX mt_doc_publicregisterentry_idx_recorded_at ON registry.mt_doc_publicregisterentry USING btree (registry.mt_immutable_timestamptz((data ->> 'RecordedAt'::text)));


--
-- Name: mt_doc_registrytimer_idx_due_at; Type: INDEX; Schema: registry; Owner: -
--

CREATE INDEX mt_doc_registrytimer_idx_due_at ON registry.mt_doc_registrytimer USING btree (registry.mt_immutable_timestamptz((data ->> 'DueAt'::text)));


--
-- Name: pk_mt_events_stream_and_version; Type: INDEX; Schema: registry; Owner: -
--

CREATE UNIQUE INDEX pk_mt_events_stream_and_version ON registry.mt_events USING btree (stream_id, version);


--
-- Name: mt_events fkey_mt_events_stream_id; Type: FK CONSTRAINT; Schema: registry; Owner: -
--

ALTER TABLE ONLY registry.mt_events
    ADD CONSTRAINT fkey_mt_events_stream_id FOREIGN KEY (stream_id) REFERENCES registry.mt_streams(id) ON DELETE CASCADE;


--
-- Name: wolverine_node_assignments fkey_wolverine_node_assignments_node_id; Type: FK CONSTRAINT; Schema: registry; Owner: -
--

ALTER TABLE ONLY registry.wolverine_node_assignments
    ADD CONSTRAINT fkey_wolverine_node_assignments_node_id FOREIGN KEY (node_id) REFERENCES registry.wolverine_nodes(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--


