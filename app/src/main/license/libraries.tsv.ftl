<#-- The libraries in BN Lab's package, one a line, for Help > About: name, group:artifact, version, licences
     (as each library's POM names them, "; " between), home page. Tab-separated; written by license-maven-plugin. -->
<#list dependencyMap as e>
<#assign p = e.getKey()/>
${(p.name?index_of('Unnamed') > -1)?then(p.artifactId, p.name)}	${p.groupId}:${p.artifactId}	${p.version}	<#list e.getValue() as l>${l}<#sep>; </#sep></#list>	${p.url!""}
</#list>
