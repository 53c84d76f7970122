# Finds a JDK 21 or newer for the build and the product; sourced by mvnw and ./cxm (POSIX sh).
# Keeps JAVA_HOME when it is new enough, otherwise takes the newest JDK 21+ from the system JVM
# directories, otherwise stops with a message that says what to install.

cxm_java_major() {
    # Reads the major version from "$1/release" without starting a JVM; prints nothing if unknown.
    [ -r "$1/release" ] || return 0
    sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release" | head -n 1
}

cxm_find_jdk() {
    cxm_required=21
    if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
        cxm_major=$(cxm_java_major "$JAVA_HOME")
        if [ -n "$cxm_major" ] && [ "$cxm_major" -ge "$cxm_required" ]; then
            return 0
        fi
        cxm_rejected="JAVA_HOME=$JAVA_HOME is Java ${cxm_major:-of unknown version}; "
    fi
    cxm_best= cxm_best_major=0
    case $- in *f*) cxm_noglob=1; set +f ;; *) cxm_noglob= ;; esac
    for cxm_dir in /usr/lib/jvm/* /usr/lib64/jvm/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
        [ -x "$cxm_dir/bin/javac" ] || continue
        cxm_major=$(cxm_java_major "$cxm_dir")
        [ -n "$cxm_major" ] || continue
        if [ "$cxm_major" -ge "$cxm_required" ] && [ "$cxm_major" -gt "$cxm_best_major" ]; then
            cxm_best=$cxm_dir cxm_best_major=$cxm_major
        fi
    done
    [ -z "$cxm_noglob" ] || set -f
    if [ -z "$cxm_best" ]; then
        echo "error: CXM needs a JDK $cxm_required or newer. ${cxm_rejected-}none was found in /usr/lib/jvm." >&2
        echo "       Install one (for example Eclipse Temurin 21 or 25, or openjdk-21-jdk where your" >&2
        echo "       distribution has it) and set JAVA_HOME to it." >&2
        exit 1
    fi
    JAVA_HOME=$cxm_best
    export JAVA_HOME
}

cxm_find_jdk
