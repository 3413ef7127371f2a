@echo off
rem The conditions command on Windows, from the portable archive: conditions validate articles
rem
rem Runs the jars in lib\ on the class path with the java of JAVA_HOME, else the java on PATH,
rem which must be Java 17 or later. The JVM options are those of the POSIX launcher, bin/conditions
rem (see docs/performance.md), with the serial collector always (a collector chosen in the JVM's
rem environment variables conflicts with it); CONDITIONS_JAVA_OPTIONS adds options after them. Labels rather than
rem blocks in parentheses: a JAVA_HOME under "Program Files (x86)" would end such a block early.
setlocal
set "CONDITIONS_HOME=%~dp0.."
set "CONDITIONS_JAVA=java.exe"
if not defined JAVA_HOME goto javaOnPath
set "CONDITIONS_JAVA=%JAVA_HOME%\bin\java.exe"
if exist "%CONDITIONS_JAVA%" goto run
echo conditions: JAVA_HOME has no bin\java.exe; set it to a JDK or JRE 17 or later: "%JAVA_HOME%" 1>&2
exit /b 2

:javaOnPath
where java.exe >nul 2>nul
if not errorlevel 1 goto run
echo conditions: Java 17 or later is needed; set JAVA_HOME or put java on PATH 1>&2
exit /b 2

:run
"%CONDITIONS_JAVA%" -XX:TieredStopAtLevel=1 -XX:-UsePerfData -XX:+DisplayVMOutputToStderr -Xlog:disable -Xlog:all=warning,cds*=off:stderr -XX:+UseSerialGC -Xmn16m %CONDITIONS_JAVA_OPTIONS% -cp "%CONDITIONS_HOME%\lib\*" org.conditioncontent.cli.Main %*
exit /b %ERRORLEVEL%
